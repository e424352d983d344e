#!/usr/bin/env bash
# Regenerates app.ll, irq.ll and vectors.ll (Cortex-M4, soft float, -O2) from the C sources.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for f in app irq vectors; do
  clang-22 --target=thumbv7em-none-eabi -mcpu=cortex-m4 -mfloat-abi=soft -O2 -S -emit-llvm \
    -nostdlibinc -fdebug-compilation-dir=. "$f.c" -o "$f.ll"
done
