"""erf_inv reference values from JAX 0.10.2 (float32, CPU): writes test/fixtures/erfinv-jax.json.

Run: /path/to/venv-with-jax/bin/python scripts/erfinv_reference.py
The bits are stored as uint32 so the test can compare exactly.
"""
import json
import numpy as np
import jax
import jax.numpy as jnp

xs = np.linspace(-0.99999, 0.99999, 2001).astype(np.float32)
xs = np.concatenate([xs, np.array([0.5, -0.9999999, 0.9999, 1e-8, 0.3, 0.99999994, -0.99999994, 0.0], np.float32)])
ys = np.asarray(jax.lax.erf_inv(jnp.asarray(xs)))
normal = np.asarray(jax.random.normal(jax.random.PRNGKey(0), (4,)))
out = {
    "jax": jax.__version__,
    "x": xs.view(np.uint32).tolist(),
    "erf_inv": ys.view(np.uint32).tolist(),
    "normal_key0_4": normal.view(np.uint32).tolist(),
}
with open("test/fixtures/erfinv-jax.json", "w") as f:
    json.dump(out, f)
print(len(xs), "points")
