#!/usr/bin/env bash
# Builds and runs the continuation-passing demo (README.md): ./run.sh [x86_64|aarch64]
# cps.c (clang-22) and cps.ll (hand-written IR) -> custom llc (object + stack report of the same
# run) -> linked with validate's painted-stack harness -> each computation at logical recursion
# depths 1, 1000 and 100000, its measured stack depth beside stackbound's bound.
set -euo pipefail
arch=${1:-x86_64}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/target/cps/$arch"
mkdir -p "$out"
case "$arch" in
  x86_64)  triple=x86_64-unknown-linux-gnu;  link=x86_64-linux-gnu;  run=() ;;
  aarch64) triple=aarch64-unknown-linux-gnu; link=aarch64-linux-gnu
           run=(qemu-aarch64 -L /usr/aarch64-linux-gnu) ;;
  *) echo "usage: $0 [x86_64|aarch64]" >&2; exit 2 ;;
esac
llc="${STACKBOUND_LLC:-$root/target/llc/bin/llc}"
harness="$root/validate/harness"
flags=(-mtriple=$triple -O2 -relocation-model=pic)
set -x
# The C program (type ids for its indirect calls) and the IR one, each with its own binary.
clang-22 --target=$triple -O2 -std=gnu11 -Wall -Werror -fexperimental-call-graph-section -S \
  -emit-llvm "$here/cps.c" -o "$out/cps.ll"
cp "$here/cps.ll" "$out/cps_ir.ll"
clang-22 --target=$triple -O2 -c "$harness/harness.c" -o "$out/harness.o"
clang-22 --target=$triple -c "$harness/trampoline_$arch.S" -o "$out/trampoline.o"
clang-22 --target=$triple -O2 -c -I "$harness" "$here/entries.c" -o "$out/entries.o"
clang-22 --target=$triple -O2 -c -I "$harness" -DIR "$here/entries.c" -o "$out/entries_ir.o"
for m in cps cps_ir; do
  # One llc run: the object that runs and the stack report that bounds it.
  "$llc" "$out/$m.ll" "${flags[@]}" -call-graph-section -filetype=obj -o "$out/$m.o" \
    -stack-report="$out/$m.jsonl"
done
clang-22 --target=$link -fuse-ld=lld -Wl,-z,now "$out"/{harness,trampoline,entries,cps}.o -o "$out/cps"
clang-22 --target=$link -fuse-ld=lld -Wl,-z,now "$out"/{harness,trampoline,entries_ir,cps_ir}.o \
  -o "$out/cps_ir"
set +x
for m in cps cps_ir; do
  # The bound, from the records of the very object that runs; the continuations' indirect calls
  # (`Next->F(Next, v)`) bounded by their candidates.
  (cd "$root" && cargo run -q -p stackbound -- --records "$out/$m.jsonl" --resolve-indirect \
    --width 200) > "$out/$m.report.txt"
done
echo "stackbound ($arch):"
grep -hE '^(cps_run|direct_run|ir_run):' "$out"/cps.report.txt "$out"/cps_ir.report.txt | sed 's/^/  /'
# The measurement: validate's harness on a 16 MiB painted stack, each entry run on the paint and
# on its complement; depth = bytes from the entry caller's SP down to the lowest modified byte.
echo "measured on a painted stack ($arch):"
for m in cps cps_ir; do
  depths=(1 1000 100000 1 1000 100000)
  i=0
  "${run[@]}" "$out/$m" --stack 16777216 | while IFS=$'\t' read -r tag name depth result above; do
    [ "$tag" = SB ] || continue
    printf '  %-10s depth %6s: %8s bytes  (result %s)\n' "$name" "${depths[$i]}" "$depth" "$result"
    i=$((i + 1))
  done
done
