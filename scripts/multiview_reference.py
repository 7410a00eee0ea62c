"""Reference numbers of the model program for test/e2e/multiview.test.ts: the multi-view CNN (a per-view
model vmap-ed over a trailing views axis, in_axes=4, out_axes=4), its forward pass, its jacrev with
respect to the input and with respect to the parameters, in both styles (torch NCHW/OIHW, stax
NHWC/HWIO) and three variants (affine: conv, conv; relu and tanh: conv, act, conv). Run with the
reference install and commit the output:

    /work/.venv-ref/bin/python scripts/multiview_reference.py > test/fixtures/multiview-reference.json

Inputs and parameters are fixed here (float32 values written into the JSON; kernax loads them, it does
not use its initialiser). The reference is computed by JAX 0.10.2 in float64 from those float32 values
(so it carries no float32 error of its own); JAX in float32 and torch.func (torch style) are checked to
agree with it. The input Jacobian (3600 x 3840 entries) is too big for a fixture: stored are sampled
entries at fixed indices, its sum, sum of squares, sum of absolute values and the sum of each diagonal
view block. Sampling: 24 output rows (flat indices into the output); per row 16 input columns (flat
indices into the input): 12 inside the row's receptive field in the same view, 2 in the same view
outside it, 2 inside it in another view (the last 4 are exactly 0). The parameter Jacobian: per leaf
(in tree-flatten order), 6 parameter entries per sampled row, and the leaf's sum, sum of squares and
sum of absolute values.
"""
import json
import sys

import jax
import jax.numpy as jnp
import numpy as np
import torch
from jax import lax, random

jax.config.update("jax_enable_x64", True)
torch.set_default_dtype(torch.float32)

V = 5  # views
ROWS = 24
COLS_IN, COLS_OUT, COLS_OTHER = 12, 2, 2
PCOLS = 6


def g9(v):
    return float("%.9g" % v)


def f32list(a):
    """Exact float32 values, shortest round-trip text."""
    return [float(np.format_float_positional(v, unique=True)) for v in np.asarray(a, np.float32).ravel()]


def arr32(a):
    a = np.asarray(a, np.float32)
    return {"shape": list(a.shape), "data": f32list(a)}


def arr64(a):
    a = np.asarray(a, np.float64)
    return {"shape": list(a.shape), "data": [g9(v) for v in a.ravel()]}


# ---------------------------------------------------------------- the two styles in JAX

def act_fn(act):
    return {"affine": None, "relu": jax.nn.relu, "tanh": jnp.tanh}[act]


def torch_per_view(params, x, act):
    """NCHW / OIHW, params keyed by torch's names; the second conv is '1.*' (affine) or '2.*'."""
    dn = ("NCHW", "OIHW", "NCHW")
    second = "1" if act == "affine" else "2"
    h = lax.conv_general_dilated(x, params["0.weight"], (1, 1), "VALID", dimension_numbers=dn)
    h = h + params["0.bias"][None, :, None, None]
    if act_fn(act):
        h = act_fn(act)(h)
    y = lax.conv_general_dilated(h, params[second + ".weight"], (1, 1), "VALID", dimension_numbers=dn)
    return y + params[second + ".bias"][None, :, None, None]


def stax_per_view(params, x, act):
    """NHWC / HWIO, params as stax.serial's list ([W, b] per conv, [] per activation)."""
    dn = ("NHWC", "HWIO", "NHWC")
    (w0, b0), (w1, b1) = params[0], params[-1]
    h = lax.conv_general_dilated(x, w0, (1, 1), "VALID", dimension_numbers=dn) + b0
    if act_fn(act):
        h = act_fn(act)(h)
    return lax.conv_general_dilated(h, w1, (1, 1), "VALID", dimension_numbers=dn) + b1


def pre_activation_margin(per_view, params, x, style):
    """min |first conv output| over all views: how far the ReLU is from its kink."""
    dn = ("NCHW", "OIHW", "NCHW") if style == "torch" else ("NHWC", "HWIO", "NHWC")
    w0 = params["0.weight"] if style == "torch" else params[0][0]
    b0 = params["0.bias"][None, :, None, None] if style == "torch" else params[0][1]
    h = jax.vmap(lambda v: lax.conv_general_dilated(v, w0, (1, 1), "VALID", dimension_numbers=dn) + b0, 4, 4)(x)
    return float(jnp.min(jnp.abs(h)))


# ---------------------------------------------------------------- fixed parameters and inputs

def torch_net(act):
    layers = [torch.nn.Conv2d(3, 5, 3)]
    if act == "relu":
        layers.append(torch.nn.ReLU())
    if act == "tanh":
        layers.append(torch.nn.Tanh())
    layers.append(torch.nn.Conv2d(5, 5, 3))
    return torch.nn.Sequential(*layers)


def fixed_params(style, act):
    """The same numbers for every variant of a style: torch's default init (manual_seed 0), or stax's
    init (key 42); the activation only renames the second conv."""
    torch.manual_seed(0)
    base = torch_net("affine")
    tw = [p.detach().numpy().astype(np.float32) for p in base.parameters()]
    if style == "torch":
        second = "1" if act == "affine" else "2"
        return {"0.weight": tw[0], "0.bias": tw[1], second + ".weight": tw[2], second + ".bias": tw[3]}
    from jax.example_libraries import stax
    _, params = stax.serial(stax.Conv(5, (3, 3)), stax.Conv(5, (3, 3)))[0](random.key(42), (1, 16, 16, 3))
    (w0, b0), (w1, b1) = [[np.asarray(a, np.float32) for a in layer] for layer in params]
    return [[w0, b0], [], [w1, b1]] if act != "affine" else [[w0, b0], [w1, b1]]


def leaves_with_names(params):
    """(name, leaf) in tree-flatten order: torch's dotted names (sorted, as JAX flattens dicts) or the
    stax path ('[0][1]' is the first conv's bias)."""
    flat, _ = jax.tree_util.tree_flatten_with_path(params)
    name = lambda path: path[0].key if isinstance(params, dict) else jax.tree_util.keystr(path)
    return [(name(p), l) for p, l in flat]


# ---------------------------------------------------------------- sampling

def sample_indices(style, rng):
    """Output rows and, per row, input columns; both as flat row-major indices."""
    if style == "torch":
        out_shape, in_shape = (1, 5, 12, 12, V), (1, 3, 16, 16, V)
        out_idx = lambda c, i, j, v: (0, c, i, j, v)
        in_idx = lambda c, h, w, v: (0, c, h, w, v)
    else:
        out_shape, in_shape = (1, 12, 12, 5, V), (1, 16, 16, 3, V)
        out_idx = lambda c, i, j, v: (0, i, j, c, v)
        in_idx = lambda c, h, w, v: (0, h, w, c, v)
    rows, cols = [], []
    fixed = [(0, 0, 0, 0), (4, 11, 11, 4), (2, 0, 11, 1), (3, 11, 0, 3)]  # corners and each view
    for r in range(ROWS):
        c, i, j, v = fixed[r] if r < len(fixed) else (int(rng.integers(5)), int(rng.integers(12)), int(rng.integers(12)), r % V)
        rows.append(int(np.ravel_multi_index(out_idx(c, i, j, v), out_shape)))
        cs = []
        while len(cs) < COLS_IN:
            k = int(np.ravel_multi_index(in_idx(int(rng.integers(3)), i + int(rng.integers(5)), j + int(rng.integers(5)), v), in_shape))
            if k not in cs:
                cs.append(k)
        while len(cs) < COLS_IN + COLS_OUT:
            h, w = int(rng.integers(16)), int(rng.integers(16))
            if not (i <= h < i + 5 and j <= w < j + 5):
                cs.append(int(np.ravel_multi_index(in_idx(int(rng.integers(3)), h, w, v), in_shape)))
        while len(cs) < COLS_IN + COLS_OUT + COLS_OTHER:
            u = (v + 1 + int(rng.integers(V - 1))) % V
            cs.append(int(np.ravel_multi_index(in_idx(int(rng.integers(3)), i + int(rng.integers(5)), j + int(rng.integers(5)), u), in_shape)))
        cols.append(cs)
    return out_shape, in_shape, rows, cols


def stats(a):
    a = np.asarray(a, np.float64)
    return {"sum": g9(a.sum()), "sumsq": g9((a * a).sum()), "sumabs": g9(np.abs(a).sum())}


# ---------------------------------------------------------------- one variant

def variant(style, act, x32, sampling):
    out_shape, in_shape, rows, cols = sampling
    params32 = fixed_params(style, act)
    per_view = torch_per_view if style == "torch" else stax_per_view
    to64 = lambda t: jax.tree_util.tree_map(lambda a: jnp.asarray(a, jnp.float64), t)
    params, x = to64(params32), jnp.asarray(x32, jnp.float64)
    multiview = lambda p, v: jax.vmap(lambda u: per_view(p, u, act), in_axes=4, out_axes=4)(v)
    y = np.asarray(multiview(params, x))
    jx = np.asarray(jax.jacrev(multiview, argnums=1)(params, x))
    jp = jax.jacrev(multiview, argnums=0)(params, x)
    assert y.shape == out_shape and jx.shape == out_shape + in_shape, (y.shape, jx.shape)

    # the float32 computations agree with the float64 reference
    y32 = np.asarray(jax.vmap(lambda u: per_view(params32, u, act), 4, 4)(jnp.asarray(x32)))
    jx32 = np.asarray(jax.jacrev(lambda v: jax.vmap(lambda u: per_view(params32, u, act), 4, 4)(v))(jnp.asarray(x32)))
    assert np.max(np.abs(y32 - y)) < 1e-5 and np.max(np.abs(jx32 - jx)) < 1e-5
    if style == "torch":
        torch_check(act, params32, x32, y, jx, jp)

    jx2 = jx.reshape(int(np.prod(out_shape)), int(np.prod(in_shape)))
    out_view = np.unravel_index(np.arange(jx2.shape[0]), out_shape)[4]
    in_view = np.unravel_index(np.arange(jx2.shape[1]), in_shape)[4]
    blocks = [g9(jx2[np.ix_(out_view == v, in_view == v)].sum()) for v in range(V)]
    off = np.abs(jx2[out_view[:, None] != in_view[None, :]]).max()
    assert off == 0.0, off
    sampled = [[g9(jx2[r, c]) for c in cs] for r, cs in zip(rows, cols)]
    assert all(s[k] == 0 for s in sampled for k in range(COLS_IN, len(s))), "out-of-field entries must be 0"

    leaves = leaves_with_names(params32)
    jleaves = jax.tree_util.tree_leaves(jp)
    rng = np.random.default_rng(11)
    pjac = []
    for (name, leaf), jl in zip(leaves, jleaves):
        jl2 = np.asarray(jl).reshape(len(out_view), leaf.size)
        pc = [sorted(int(k) for k in rng.choice(leaf.size, min(PCOLS, leaf.size), replace=False)) for _ in rows]
        pjac.append({"name": name, "shape": list(leaf.shape), "cols": pc,
                     "values": [[g9(jl2[r, c]) for c in cs] for r, cs in zip(rows, pc)], **stats(jl2)})
    margin = pre_activation_margin(per_view, params32, jnp.asarray(x32), style) if act == "relu" else None
    return {
        "params": [{"name": n, **arr32(l)} for n, l in leaves],
        "y": arr64(y),
        "jac_x": {"values": sampled, "blocks": blocks, **stats(jx2)},
        "jac_params": pjac,
        "relu_margin": margin,
    }


def torch_check(act, params32, x32, y, jx, jp):
    """torch.func as a second oracle for the torch style: forward, input and parameter Jacobians."""
    from torch.func import functional_call, jacrev, vmap
    net = torch_net(act)
    tp = {k: torch.from_numpy(np.array(v)) for k, v in params32.items()}
    xt = torch.from_numpy(np.array(x32))
    f = lambda p, v: vmap(lambda u: functional_call(net, p, (u,)), in_dims=4, out_dims=4)(v)
    assert np.max(np.abs(f(tp, xt).detach().numpy() - y)) < 1e-5
    assert np.max(np.abs(jacrev(f, argnums=1)(tp, xt).numpy() - jx)) < 1e-5
    jpt = jacrev(f, argnums=0)(tp, xt)
    for k in tp:
        assert np.max(np.abs(jpt[k].numpy() - np.asarray(jp[k]))) < 1e-4, k


def main():
    out = {"jax": jax.__version__, "torch": torch.__version__, "views": V,
           "sampling": {"rows": ROWS, "cols_in_field": COLS_IN, "cols_out_of_field": COLS_OUT, "cols_other_view": COLS_OTHER,
                        "param_cols": PCOLS}}
    for style, shape, key in (("torch", (1, 3, 16, 16, V), 0), ("stax", (1, 16, 16, 3, V), 1)):
        x32 = np.asarray(random.normal(random.key(key), shape), np.float32)
        sampling = sample_indices(style, np.random.default_rng(3 + key))
        out_shape, in_shape, rows, cols = sampling
        entry = {"x": arr32(x32), "out_shape": list(out_shape), "jac_x_shape": list(out_shape + in_shape),
                 "rows": rows, "cols": cols}
        for act in ("affine", "relu", "tanh"):
            entry[act] = variant(style, act, x32, sampling)
            print(f"{style}/{act} done", file=sys.stderr)
        out[style] = entry
    print(json.dumps(out, separators=(",", ":")))


if __name__ == "__main__":
    main()
