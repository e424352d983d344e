#!/usr/bin/env bash
# Builds and runs the green-thread demo (README.md): ./run.sh [x86_64|aarch64]
set -euo pipefail
arch=${1:-x86_64}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/target/green-threads/$arch"
mkdir -p "$out"
case "$arch" in
  x86_64)  triple=x86_64-unknown-linux-gnu;  link=x86_64-linux-gnu;  yield=56;  run=() ;;
  aarch64) triple=aarch64-unknown-linux-gnu; link=aarch64-linux-gnu; yield=160
           run=(qemu-aarch64 -L /usr/aarch64-linux-gnu) ;;
  *) echo "usage: $0 [x86_64|aarch64]" >&2; exit 2 ;;
esac
set -x
clang-22 --target=$triple -O2 -S -emit-llvm "$here/tasks.c" -o "$out/tasks.ll"
(cd "$root" && cargo xtask annotate "$out/tasks.ll" -o "$out/tasks.sb.ll" -mtriple=$triple -O2 \
  -relocation-model=pic --resolve-indirect --assume gt_yield=$yield)
"${STACKBOUND_LLC:-$root/target/llc/bin/llc}" "$out/tasks.sb.ll" -mtriple=$triple -O2 \
  -relocation-model=pic -filetype=obj -o "$out/tasks.o"
clang-22 --target=$link -fuse-ld=lld -O2 "$here/runtime.c" "$here/switch_$arch.S" "$out/tasks.o" \
  -o "$out/gt"
"${run[@]}" "$out/gt" all
set +x
for task in deep_chain big_locals struct_copy dispatch yielder; do
  if (cd "$out" && "${run[@]}" "$out/gt" one $task -64 > /dev/null 2>&1); then
    echo "$task: ran on 64 bytes less without a fault" >&2; exit 1
  else
    echo "$task on 64 bytes less: killed ($?: SIGSEGV in the guard)"
  fi
done
