; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+save-restore %s -o %t.o -filetype=obj -stack-report=%t.32.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,RV32 --implicit-check-not=__riscv_ < %t.32.jsonl
; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+save-restore,+c %s -o %t.c.o -filetype=obj -stack-report=%t.c.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,RV32 --implicit-check-not=__riscv_ < %t.c.jsonl
; RUN: %llc -O2 -mtriple=riscv64-unknown-linux-gnu -mattr=+save-restore,+d -target-abi=lp64d %s -o %t.64.o -filetype=obj -stack-report=%t.64.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,RV64 --implicit-check-not=__riscv_ < %t.64.jsonl
; RUN: llvm-objdump -dr %t.o | FileCheck %s --check-prefix=OBJ
; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+e,+save-restore -target-abi=ilp32e %s -o %t.e.o -filetype=obj -stack-report=%t.e.jsonl
; RUN: %filecheck %s --check-prefix=RVE < %t.e.jsonl
;
; -msave-restore (-mattr=+save-restore): the prologue is `call t0,
; __riscv_save_N` and the epilogue `tail __riscv_restore_N`; neither is a
; call edge (no record names __riscv_: --implicit-check-not). The save moves
; SP down by the routines' area, alignTo((N + 1) x XLEN/8, 16); inside
; __riscv_save_N SP first reaches the whole 13-register area (64 bytes on
; RV32, 112 on RV64; libgcc's and compiler-rt's save-restore.S allocate it and
; give the unused part back), except in the smallest group's routine, which
; allocates just its 16 bytes. The restore pops the area and returns for the
; function. Numbers from `llc -O2 file.ll -o -` for each RUN's flags (the asm
; is the same with and without +c).
;
;   sr1:   call t0, __riscv_save_1 (ra, s0: 8 or 16 bytes -> 16) ; call h twice
;          calls at 16, own depth 16 (smallest group)
;   sr7:   call t0, __riscv_save_7 (ra, s0-s6: 8 registers)
;          RV32 8 x 4 = 32: calls at 32, own depth 64 (the whole area)
;          RV64 8 x 8 = 64: calls at 64, own depth 112
;   srbig: call t0, __riscv_save_0 (16) ; addi sp, sp, -2048 ; addi sp, sp, -960
;          16 + 2048 + 960 = 3024 (call to use), 3024
;   srdiv: call t0, __riscv_save_2 (RV32) / _1 (RV64): 16 ; call __divdi3 ; call h
;          both at 16
;   leaf:  no frame: 0
;   shrink: shrink-wrapped: beqz a0 to a plain ret; else call t0, __riscv_save_1
;          (16) ; call h twice ; tail __riscv_restore_1: calls at 16, 16
;
; RVE (ilp32e): LLVM lays out alignTo((N + 1) x 4, 4) bytes for the routines,
; but libgcc's and compiler-rt's RV32E save routines allocate a fixed 12:
; every function that calls one is refused (dynamic), the leaf is not.
; RVE: "dynamic":true,"flags":["unknown-sp-update"{{.*}}"name":"sr1"
; RVE: "dynamic":true,"flags":["unknown-sp-update"{{.*}}"name":"sr7"
; RVE: "dynamic":true,"flags":["unknown-sp-update"{{.*}}"name":"srbig"
; RVE: "dynamic":true,"flags":["unknown-sp-update"{{.*}}"name":"srdiv"
; RVE: "calls":[],"dynamic":false,"flags":[]{{.*}}"name":"leaf","own_depth":0,
; RVE: "dynamic":true,"flags":["unknown-sp-update"{{.*}}"name":"shrink"
;
; OBJ: <sr1>:
; OBJ: R_RISCV_CALL_PLT __riscv_save_1
; OBJ: R_RISCV_CALL_PLT __riscv_restore_1
;
; CHECK: "kind":"module"
; CHECK: "calls":[{"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"sr1","own_depth":16,
; RV32: "calls":[{"callee":"h",{{[^]]*}}"depth":32,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":32,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":32,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"sr7","own_depth":64,
; RV64: "calls":[{"callee":"h",{{[^]]*}}"depth":64,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":64,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":64,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"sr7","own_depth":112,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":3024,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"srbig","own_depth":3024,
; CHECK: "calls":[{"callee":"__divdi3",{{[^]]*}}"depth":16,{{[^]]*}}"kind":"libcall"{{[^]]*}}"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"srdiv","own_depth":16,
; CHECK: "calls":[],"dynamic":false,"flags":[]{{.*}}"name":"leaf","own_depth":0,
; CHECK: "calls":[{"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"shrink","own_depth":16,
; CHECK: "kind":"end"
declare void @use(ptr)
declare i32 @h(i32)
define i32 @sr1(i32 %x) {
  %y = call i32 @h(i32 %x)
  %z = call i32 @h(i32 %y)
  %s = add i32 %z, %x
  ret i32 %s
}
define i32 @sr7(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e) {
  %1 = call i32 @h(i32 %a)
  %2 = call i32 @h(i32 %b)
  %3 = call i32 @h(i32 %c)
  %4 = add i32 %1, %2
  %5 = add i32 %4, %3
  %6 = add i32 %5, %d
  %7 = add i32 %6, %e
  %8 = add i32 %7, %a
  %9 = add i32 %8, %b
  %10 = add i32 %9, %c
  ret i32 %10
}
define void @srbig() {
  %a = alloca [3000 x i8], align 4
  call void @use(ptr %a)
  ret void
}
define i64 @srdiv(i64 %a, i64 %b) {
  %d = sdiv i64 %a, %b
  %e = call i32 @h(i32 0)
  %f = sext i32 %e to i64
  %g = add i64 %d, %f
  ret i64 %g
}
define i32 @leaf(i32 %x) {
  %y = add i32 %x, 1
  ret i32 %y
}
define i32 @shrink(i32 %x) {
  %c = icmp eq i32 %x, 0
  br i1 %c, label %done, label %work
work:
  %y = call i32 @h(i32 %x)
  %z = call i32 @h(i32 %y)
  %s = add i32 %z, %x
  br label %done
done:
  %r = phi i32 [0, %0], [%s, %work]
  ret i32 %r
}
