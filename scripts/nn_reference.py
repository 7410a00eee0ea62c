"""Reference values for test/api/nn-*.test.ts: JAX 0.10.2's stax and initialisers, torch's modules,
losses and optimisers. Run with the reference install and commit the output:

    /work/.venv-ref/bin/python scripts/nn_reference.py > test/fixtures/nn-reference.json

Torch-style parameters are drawn exactly as kernax's nn.makeFunctional draws them (one key per
parameter, keys = random.split(key, n) in torch's parameter order, weights and biases uniform in
±1/sqrt(fan_in)), here with jax.random, then loaded into torch modules.
"""
import json
import math

import jax
import jax.numpy as jnp
import numpy as np
import torch
from jax import random
from jax.example_libraries import stax

torch.set_default_dtype(torch.float32)


def arr(x):
    a = np.asarray(x)
    return {"shape": list(a.shape), "data": [float(v) for v in a.astype(np.float64).ravel()]}


def tree(t):
    if isinstance(t, (list, tuple)):
        return [tree(v) for v in t]
    return arr(t)


def stax_cases():
    out = {}
    out["truncated_normal"] = arr(random.truncated_normal(random.key(0), -2.0, 2.0, (7,)))
    out["truncated_normal_asym"] = arr(random.truncated_normal(random.key(3), -1.0, 0.5, (2, 3)))
    # The seed's model: two 3x3 convs.
    init, apply = stax.serial(stax.Conv(5, (3, 3)), stax.Conv(5, (3, 3)))
    shape, params = init(random.key(42), (1, 16, 16, 3))
    x = random.normal(random.key(0), (1, 16, 16, 3))
    out["seed"] = {"out_shape": [int(d) for d in shape], "params": tree(params), "x": arr(x), "y": arr(apply(params, x))}
    # Every layer.
    init, apply = stax.serial(
        stax.Conv(4, (3, 3), (1, 1), "SAME"), stax.BatchNorm(), stax.Relu, stax.MaxPool((2, 2), (2, 2)),
        stax.Conv(3, (2, 2), padding="VALID"), stax.Tanh, stax.AvgPool((2, 2), (1, 1), "SAME"),
        stax.Flatten, stax.Dense(6), stax.Relu, stax.Dense(3))
    shape, params = init(random.key(1), (2, 8, 8, 2))
    x = random.normal(random.key(7), (2, 8, 8, 2))
    out["all"] = {"out_shape": [int(d) for d in shape], "params": tree(params), "x": arr(x), "y": arr(apply(params, x))}
    # Dropout inside serial: the apply key is split once per layer.
    init, apply = stax.serial(stax.Dense(4), stax.Dropout(0.7), stax.Dense(2))
    shape, params = init(random.key(5), (3, 4))
    x = random.normal(random.key(6), (3, 4))
    out["dropout"] = {"out_shape": [int(d) for d in shape], "params": tree(params), "x": arr(x),
                      "y": arr(apply(params, x, rng=random.key(9)))}
    # parallel
    init, apply = stax.parallel(stax.Dense(2), stax.Dense(3))
    shapes, params = init(random.key(2), ((1, 4), (1, 5)))
    out["parallel"] = {"out_shapes": [[int(d) for d in s] for s in shapes], "params": tree(params)}
    return out


def uniform_param(key, shape, bound):
    return np.asarray(random.uniform(key, shape, minval=-bound, maxval=bound))


def torch_params(net, key):
    """kernax's schedule: keys = split(key, n) over torch's parameter order; uniform(±1/sqrt(fan_in))."""
    named = list(net.named_parameters())
    keys = random.split(key, len(named))
    values = {}
    for i, (name, p) in enumerate(named):
        mod = net.get_submodule(name.rsplit(".", 1)[0])
        if isinstance(mod, torch.nn.BatchNorm2d):
            values[name] = p.detach().numpy().copy()
            continue
        w = mod.weight
        fan_in = w.shape[1] * (math.prod(w.shape[2:]) if w.dim() > 2 else 1)
        bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0.0
        if name.endswith("weight"):
            gain = math.sqrt(2.0 / (1 + 5))  # calculate_gain('leaky_relu', sqrt(5))
            bound = math.sqrt(3.0) * (gain / math.sqrt(fan_in))
        values[name] = uniform_param(keys[i], tuple(p.shape), bound)
    with torch.no_grad():
        for name, p in net.named_parameters():
            p.copy_(torch.from_numpy(np.array(values[name])))
    return {k: arr(v) for k, v in values.items()}


def state(net):
    return {k: arr(v.detach().numpy()) for k, v in net.state_dict().items()}


def torch_cases():
    out = {}
    net = torch.nn.Sequential(torch.nn.Conv2d(3, 5, 3), torch.nn.ReLU(), torch.nn.Conv2d(5, 5, 3))
    params = torch_params(net, random.key(0))
    x = np.array(random.normal(random.key(1), (2, 3, 8, 8)))
    out["seed"] = {"params": params, "x": arr(x), "y": arr(net(torch.from_numpy(x)).detach().numpy())}
    net = torch.nn.Sequential(
        torch.nn.Conv2d(2, 4, 3, padding=1), torch.nn.BatchNorm2d(4), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(4, 6, 3, stride=2, padding=1, groups=2), torch.nn.Tanh(), torch.nn.Flatten(),
        torch.nn.Linear(24, 5))
    params = torch_params(net, random.key(3))
    x = np.array(random.normal(random.key(4), (3, 2, 8, 8)))
    net.train()
    y_train = net(torch.from_numpy(x)).detach().numpy()
    buffers_after = {k: v for k, v in state(net).items() if k not in params}
    net.eval()
    y_eval = net(torch.from_numpy(x)).detach().numpy()
    out["all"] = {"params": params, "x": arr(x), "y_train": arr(y_train), "buffers_after": buffers_after, "y_eval": arr(y_eval)}
    net = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 3, dilation=2, bias=False), torch.nn.Tanh(), torch.nn.MaxPool2d(2, stride=1, padding=1))
    params = torch_params(net, random.key(8))
    x = np.array(random.normal(random.key(9), (1, 2, 7, 7)))
    out["dilated"] = {"params": params, "x": arr(x), "y": arr(net(torch.from_numpy(x)).detach().numpy())}
    return out


def loss_cases():
    logits = np.array(random.normal(random.key(11), (4, 5))) * 3
    labels = np.array([0, 3, 4, 1])
    lt, yt = torch.from_numpy(logits), torch.from_numpy(labels)
    F = torch.nn.functional
    logp = F.log_softmax(lt, dim=1)
    a = np.array(random.normal(random.key(12), (3, 4)))
    b = np.array(random.normal(random.key(13), (3, 4)))
    at, bt = torch.from_numpy(a), torch.from_numpy(b)
    return {
        "logits": arr(logits), "labels": labels.tolist(),
        "ce": {r: arr(F.cross_entropy(lt, yt, reduction=r).numpy()) for r in ("mean", "sum", "none")},
        "nll": {r: arr(F.nll_loss(logp, yt, reduction=r).numpy()) for r in ("mean", "sum", "none")},
        "a": arr(a), "b": arr(b),
        "mse": {r: arr(F.mse_loss(at, bt, reduction=r).numpy()) for r in ("mean", "sum", "none")},
    }


def optim_cases():
    p0 = np.array([1.0, -2.0, 0.5], np.float32)
    grads = [np.array([0.1, -0.3, 2.0], np.float32), np.array([-0.2, 0.4, 1.0], np.float32), np.array([0.05, 0.0, -1.5], np.float32)]
    out = {"p0": p0.tolist(), "grads": [g.tolist() for g in grads]}
    for name, make in (("sgd", lambda p: torch.optim.SGD([p], lr=0.1)),
                       ("sgd_momentum", lambda p: torch.optim.SGD([p], lr=0.1, momentum=0.9)),
                       ("adam", lambda p: torch.optim.Adam([p], lr=0.01, betas=(0.9, 0.999), eps=1e-8))):
        p = torch.nn.Parameter(torch.from_numpy(p0.copy()))
        opt = make(p)
        steps = []
        for g in grads:
            p.grad = torch.from_numpy(g.copy())
            opt.step()
            steps.append([float(v) for v in p.detach().numpy().astype(np.float64)])
        out[name] = steps
    return out


print(json.dumps({"jax": jax.__version__, "torch": torch.__version__, "stax": stax_cases(), "torch_style": torch_cases(),
                  "losses": loss_cases(), "optim": optim_cases()}))
