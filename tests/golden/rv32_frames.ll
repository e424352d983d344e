; RUN: %llc -O2 -mtriple=riscv32-unknown-elf %s -o %t.o -filetype=obj -stack-report=%t.i.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,SOFT < %t.i.jsonl
; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+c %s -o %t.c.o -filetype=obj -stack-report=%t.c.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,SOFT < %t.c.jsonl
; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+f -target-abi=ilp32f %s -o %t.f.o -filetype=obj -stack-report=%t.f.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,HARDF < %t.f.jsonl
;
; RV32 frames (riscv32-unknown-elf: ilp32, ilp32 with C, ilp32f), numbers
; from `llc -O2 -mtriple=riscv32-unknown-elf [-mattr=+c | -mattr=+f
; -target-abi=ilp32f] file.ll -o -`. A call pushes nothing: depths are the
; bytes SP moved. With +c the asm is the same (compressed only in the
; object) except where noted.
;
;   small:   addi sp, sp, -32                                    = 32
;   big:     addi sp, sp, -2032 ; addi sp, sp, -976              = 3008
;   huge:    addi sp, sp, -2032 ; lui a0, 24 ; addi a0, a0, -320 ; sub sp, sp, a0
;            2032 + (98304 - 320)                                = 100016
;            +c: addi sp, sp, -256 ; lui a0, 24 ; addi a0, a0, 1456: 256 + 99760 = 100016
;   vla:     addi sp, sp, -16 ; s0 = entry ; sub a0, sp, a0 ; mv sp, a0: the
;            size is a register, so SP is unknown from there: dynamic
;   aligned: addi sp, sp, -64 ; andi sp, sp, -64: SP at 64 is known 16-aligned,
;            the andi drops up to 64 - 16 = 48                   = 112
;   tail:    tail g                                              = 0, a tail call at 0
;   div:     addi sp, sp, -16 ; call __divdi3 (64-bit division)  = 16
;   mul:     tail __mulsi3 (no M)                                = 0
;   probed:  addi sp, sp, -2032 ; t1 = sp - (lui 9 = 36864) ; the loop steps SP by
;            4096 to t1 ; addi sp, sp, -1120: 2032 + 36864 + 1120 = 40016
;            +c: 256 + 36864 + 2048 + 848                        = 40016
;   keep_float: addi sp, sp, -16 (ra, s0, s1 or ra, fs0, fs1)    = 16
;            ilp32 calls __addsf3 twice; ilp32f adds in registers.
;
; CHECK: "kind":"module"
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"small","own_depth":32,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":3008,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"big","own_depth":3008,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":100016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"huge","own_depth":100016,
; CHECK: "depth_known":false{{.*}}"dynamic":true,"flags":["unknown-sp-update",{{.*}}"variable-sized-object"]{{.*}}"name":"vla"
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":112,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":["realigned"],"frame":{{.*}}"realign_slack":48,{{.*}}"name":"aligned","own_depth":112,
; CHECK: "calls":[{"callee":"g","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}],"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":0,
; CHECK: "calls":[{"callee":"__divdi3","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"div","own_depth":16,
; CHECK: "calls":[{"callee":"__mulsi3","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":true}],"dynamic":false,"flags":[]{{.*}}"name":"mul","own_depth":0,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":40016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"probed","own_depth":40016,
; SOFT: "calls":[{"callee":"getf",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"__addsf3",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"usef",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"__addsf3",{{[^]]*}}"depth":16,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"keep_float","own_depth":16,
; HARDF: "calls":[{"callee":"getf",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"usef",{{[^]]*}}"depth":16,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"keep_float","own_depth":16,
; CHECK: "kind":"end"
declare void @use(ptr)
declare void @usef(float)
declare void @g()
declare float @getf()
define void @small() {
  %a = alloca [16 x i8], align 4
  call void @use(ptr %a)
  ret void
}
define void @big() {
  %a = alloca [3000 x i8], align 4
  call void @use(ptr %a)
  ret void
}
define void @huge() {
  %a = alloca [100000 x i8], align 4
  call void @use(ptr %a)
  ret void
}
define void @vla(i32 %n) {
  %a = alloca i8, i32 %n
  call void @use(ptr %a)
  ret void
}
define void @aligned() {
  %a = alloca [8 x i8], align 64
  call void @use(ptr %a)
  ret void
}
define void @tail() {
  tail call void @g()
  ret void
}
define i64 @div(i64 %a, i64 %b) {
  %d = sdiv i64 %a, %b
  ret i64 %d
}
define i32 @mul(i32 %a, i32 %b) {
  %d = mul i32 %a, %b
  ret i32 %d
}
define void @probed() "probe-stack"="inline-asm" {
  %a = alloca [40000 x i8], align 4
  call void @use(ptr %a)
  ret void
}
define float @keep_float(float %x) {
  %y = call float @getf()
  %z = fadd float %x, %y
  call void @usef(float %z)
  %w = fadd float %z, %x
  ret float %w
}
