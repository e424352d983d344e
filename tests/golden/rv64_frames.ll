; RUN: %llc -O2 -mtriple=riscv64-unknown-linux-gnu -mattr=+d -target-abi=lp64d %s -o %t.o -filetype=obj -stack-report=%t.jsonl
; RUN: %filecheck %s < %t.jsonl
;
; RV64 frames (riscv64-unknown-linux-gnu, lp64d), numbers from `llc -O2
; -mtriple=riscv64-unknown-linux-gnu -mattr=+d -target-abi=lp64d file.ll
; -o -`. A call pushes nothing: depths are the bytes SP moved.
;
;   small:   addi sp, sp, -32                                    = 32
;   big:     addi sp, sp, -2032 ; addi sp, sp, -992              = 3024
;   vla:     sub a0, sp, a0 ; mv sp, a0: the size is a register: dynamic
;   aligned: addi sp, sp, -64 ; andi sp, sp, -64: up to 64 - 16 = 48 more = 112
;   tail:    addi a0, a0, 1 ; tail g                             = 0
;   tail_indirect: jr a0 (PseudoTAILIndirect)                    = 0, an indirect tail call
;   probed:  addi sp, sp, -2032 ; t1 = sp - (lui 9 = 36864) ; loop to t1 ;
;            addi sp, sp, -1120: 2032 + 36864 + 1120             = 40016
;   rvv:     addi sp, sp, -32 ; csrr a0, vlenb ; slli a0, a0, 1 ; sub sp, sp, a0:
;            two vector registers of unbounded vlenb: refused, dynamic (the call's
;            32 is a floor only)
;   keep_double: addi sp, sp, -32 (ra, fs0, fs1)                 = 32
;
; CHECK: "kind":"module"
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"small","own_depth":32,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":3024,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"big","own_depth":3024,
; CHECK: "depth_known":false{{.*}}"dynamic":true,"flags":["unknown-sp-update",{{.*}}"variable-sized-object"]{{.*}}"name":"vla"
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":112,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":["realigned"],"frame":{{.*}}"realign_slack":48,{{.*}}"name":"aligned","own_depth":112,
; CHECK: "calls":[{"callee":"g","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}],"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":0,
; CHECK: "calls":[{"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":["void ()"],"tail":true,"type_ids":[]}],"dynamic":false,"flags":[]{{.*}}"name":"tail_indirect","own_depth":0,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":40016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"probed","own_depth":40016,
; CHECK: "depth_known":false{{.*}}"dynamic":true,"flags":["unknown-sp-update"{{.*}}"name":"rvv"
; CHECK: "calls":[{"callee":"getd",{{[^]]*}}"depth":32,{{[^]]*}}"callee":"used",{{[^]]*}}"depth":32,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"keep_double","own_depth":32,
; CHECK: "kind":"end"
declare void @use(ptr)
declare void @used(double)
declare void @g(i64)
declare double @getd()
define void @small() {
  %a = alloca [16 x i8], align 8
  call void @use(ptr %a)
  ret void
}
define void @big() {
  %a = alloca [3000 x i8], align 8
  call void @use(ptr %a)
  ret void
}
define void @vla(i64 %n) {
  %a = alloca i8, i64 %n
  call void @use(ptr %a)
  ret void
}
define void @aligned() {
  %a = alloca [8 x i8], align 64
  call void @use(ptr %a)
  ret void
}
define void @tail(i64 %x) {
  %y = add i64 %x, 1
  tail call void @g(i64 %y)
  ret void
}
define void @tail_indirect(ptr %p) {
  tail call void %p()
  ret void
}
define void @probed() "probe-stack"="inline-asm" {
  %a = alloca [40000 x i8], align 8
  call void @use(ptr %a)
  ret void
}
define void @rvv() "target-features"="+v" {
  %v = alloca <vscale x 4 x i32>
  call void @use(ptr %v)
  ret void
}
define double @keep_double(double %x) {
  %y = call double @getd()
  %z = fadd double %x, %y
  call void @used(double %z)
  %w = fadd double %z, %x
  ret double %w
}
