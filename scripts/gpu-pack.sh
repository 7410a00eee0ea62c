#!/usr/bin/env bash
# Packs what a WebGPU run on a lent GPU machine needs into .gpu/ (git-ignored; a device call carries at
# most 64 MiB, so all but run.sh is one xz archive): the WebGPU test suite (src and test transpiled to JS
# with mocha, chai and the other packages the tests import: scripts/gpu-pack-tests.mjs), the WebGPU
# benchmark (bench/run.ts) and scripts/gpu-check.ts bundled with esbuild, the linux-x64 Dawn addon of the
# `webgpu` package, this machine's Node (the device machine may have none) and Debian's Vulkan loader.
# Nothing here costs device time. Then, in one device call (see .gpu/run.sh):
#   run(command: "bash .gpu/run.sh", carry: [".gpu"], timeout_s: 570)
# which runs the WebGPU test suite on the GPU's adapter (with the GPU defaults: the workgroup-memory
# contraction, sort as a shader), gpu-check (numbers against the CPU path, the contraction template A/B,
# the shader host steps against their read-back) and the WebGPU bench (W1–W7 against jax-js on the same
# adapter), and leaves the logs in $OUT. `bash .gpu/run.sh` here runs the same on this machine's Vulkan
# (SwiftShader), to try the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
rm -rf .gpu && mkdir -p .gpu/b/node_modules/webgpu/dist/linux-x64 .gpu/b/deb
B=.gpu/b
ESB=node_modules/.bin/esbuild
node scripts/gpu-pack-tests.mjs "$B"
"$ESB" bench/run.ts --bundle --platform=node --format=esm --target=node20 --external:webgpu --outfile=$B/bench.mjs --log-level=warning
"$ESB" scripts/gpu-check.ts --bundle --platform=node --format=esm --target=node20 --external:webgpu --outfile=$B/gpu-check.mjs --log-level=warning
cp node_modules/webgpu/package.json node_modules/webgpu/index.js $B/node_modules/webgpu/
cp node_modules/webgpu/dist/linux-x64/dawn.node $B/node_modules/webgpu/dist/linux-x64/
cp "$(command -v node)" $B/node
( cd $B/deb && apt-get download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2 >/dev/null 2>&1 ) || echo "gpu-pack: could not download the Vulkan loader and glvnd debs (the run uses the machine's own)"
tar -C .gpu -cf - b | xz -T0 -6 > .gpu/b.tar.xz
rm -rf $B
cat > .gpu/run.sh <<'RUN'
#!/usr/bin/env bash
# On the device machine, from the repository root: unpack, then the WebGPU tests, gpu-check and the bench.
set -uo pipefail
OUT=${OUT:-/tmp/gpu-out}; mkdir -p "$OUT"
G=/tmp/kernax-gpu; rm -rf "$G"; mkdir -p "$G"; xz -dc .gpu/b.tar.xz | tar -C "$G" -xf -; G=$G/b
# The Vulkan loader and glvnd (NVIDIA's ICD, libGLX_nvidia, needs libGLdispatch): the README's recipe.
for f in "$G"/deb/*.deb; do dpkg -x "$f" /; done; ldconfig || true
NODE=$G/node
export XDG_RUNTIME_DIR=/tmp KERNAX_WEBGPU_BACKEND=vulkan
[ -e /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ] && export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
{ nvidia-smi -L; nproc; ldconfig -p | grep -E 'libvulkan|GLdispatch|GLX_nvidia'; } > "$OUT/gpu.txt" 2>&1 || true
cd "$G"
KERNAX_WEBGPU_PROCESS=1 KERNAX_REQUIRE_WEBGPU=1 timeout ${T_TESTS:-200} "$NODE" node_modules/mocha/bin/mocha.js --no-config --timeout 120000 --reporter ./test/reporter.cjs 'test/webgpu/**/*.test.js' > "$OUT/tests.log" 2>&1
echo "tests exit $?"; if grep -q 'found no adapter' "$OUT/tests.log"; then cat "$OUT/gpu.txt"; grep -m3 -i 'warning\|no adapter' "$OUT/tests.log"; exit 3; fi; grep -E '^[0-9]+ passed' "$OUT/tests.log"; grep -B2 -A12 -E '^ *[0-9]+\) |FAIL' "$OUT/tests.log" | head -60
timeout ${T_CHECK:-120} "$NODE" gpu-check.mjs > "$OUT/gpu-check.log" 2>&1; echo "gpu-check exit $?"; tail -30 "$OUT/gpu-check.log"
KERNAX_WEBGPU_CONTRACT=strided timeout 60 "$NODE" gpu-check.mjs --only-contract > "$OUT/gpu-check-strided.log" 2>&1; tail -8 "$OUT/gpu-check-strided.log"
timeout ${T_BENCH:-180} "$NODE" bench.mjs --webgpu --reps=${REPS:-7} > "$OUT/bench-webgpu.log" 2>&1; echo "bench exit $?"; tail -45 "$OUT/bench-webgpu.log"
RUN
chmod +x .gpu/run.sh
du -sh .gpu/*
