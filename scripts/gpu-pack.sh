#!/usr/bin/env bash
# Packs what a WebGPU run on a lent GPU machine needs into .gpu/ (git-ignored; under the 64 MiB a device
# call may carry): the WebGPU benchmark (bench/run.ts) and scripts/gpu-check.ts bundled with esbuild,
# the linux-x64 Dawn addon of the `webgpu` package, this machine's Node (xz-compressed: the device
# machine may have none) and Debian's Vulkan loader. Nothing here costs device time. Then, in one device
# call (see .gpu/run.sh):
#   run(command: "bash .gpu/run.sh", carry: [".gpu"], timeout_s: 540)
# which runs gpu-check (numbers against the CPU path, the contraction template A/B, the shader host
# steps against their read-back) and the WebGPU bench (W1–W6 against jax-js on the same adapter), and
# leaves the logs in $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
rm -rf .gpu && mkdir -p .gpu/node_modules/webgpu/dist/linux-x64 .gpu/deb
ESB=node_modules/.bin/esbuild
"$ESB" bench/run.ts --bundle --platform=node --format=esm --target=node20 --external:webgpu --outfile=.gpu/bench.mjs --log-level=warning
"$ESB" scripts/gpu-check.ts --bundle --platform=node --format=esm --target=node20 --external:webgpu --outfile=.gpu/gpu-check.mjs --log-level=warning
cp node_modules/webgpu/package.json node_modules/webgpu/index.js .gpu/node_modules/webgpu/
cp node_modules/webgpu/dist/linux-x64/dawn.node .gpu/node_modules/webgpu/dist/linux-x64/
xz -T0 -6 -c "$(command -v node)" > .gpu/node.xz
( cd .gpu/deb && apt-get download libvulkan1 >/dev/null 2>&1 ) || echo "gpu-pack: could not download libvulkan1 (the run uses the machine's loader if it has one)"
cat > .gpu/run.sh <<'EOF'
#!/usr/bin/env bash
# On the device machine, from the repository root: unpack Node and the Vulkan loader, then the checks.
set -uo pipefail
G=$(pwd)/.gpu
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
for f in "$G"/deb/*.deb; do [ -e "$f" ] && dpkg -x "$f" /; done; ldconfig || true
NODE=$(command -v node || true)
if [ -z "$NODE" ]; then xz -dc "$G/node.xz" > /tmp/node && chmod +x /tmp/node && NODE=/tmp/node; fi
export XDG_RUNTIME_DIR=/tmp KERNAX_WEBGPU_BACKEND=vulkan
[ -e /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ] && export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
nvidia-smi -L > "$OUT/gpu.txt" 2>&1 || true
cd "$G"
timeout 200 "$NODE" gpu-check.mjs 2>&1 | tee "$OUT/gpu-check.log" | tail -40
KERNAX_WEBGPU_CONTRACT=strided timeout 100 "$NODE" gpu-check.mjs --only-contract 2>&1 | tee "$OUT/gpu-check-strided.log" | tail -12
timeout 200 "$NODE" bench.mjs --webgpu --reps=7 2>&1 | tee "$OUT/bench-webgpu.log" | tail -30
EOF
chmod +x .gpu/run.sh
du -sh .gpu
