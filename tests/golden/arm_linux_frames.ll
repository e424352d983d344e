; RUN: %llc -O2 -mtriple=armv7-unknown-linux-gnueabihf %s -o %t.A32.o -filetype=obj -stack-report=%t.A32.jsonl
; RUN: %filecheck %s --check-prefix=A32 < %t.A32.jsonl
; RUN: %llc -O2 -mtriple=armv7-unknown-linux-gnueabihf -mattr=+thumb-mode %s -o %t.T32.o -filetype=obj -stack-report=%t.T32.jsonl
; RUN: %filecheck %s --check-prefix=T32 < %t.T32.jsonl
;
; ARMv7-A Linux (hard float) frames through the ARM SP decoder, in ARM mode
; (A32) and Thumb-2 (T32, what -mthumb selects). Depths are bytes below the
; caller's SP (bl pushes nothing), summed from `llc -O2` assembly:
;
; big_frame: A32 - push {r11, lr} ; sub sp, sp, #600; T32 - push {r7, lr} ;
;   sub.w sp, sp, #600                                      8 + 600 = 608
; huge_frame: the same with #4000                           8 + 4000 = 4008
; realigned (alignas(32) local)
;   A32 - push {r11, lr} ; mov r11, sp ; sub sp, sp, #56 -> 64 ; bfc sp, #0,
;   #5: 64 is only known 8-aligned, at most 24 more         64 + 24 = 88
;   T32 - push {r4, r6, r7, lr} ; add r7, sp, #8 ; sub sp, #48 -> 64 ; mov r4,
;   sp ; bfc r4, #0, #5 ; mov sp, r4                        64 + 24 = 88
; vla: sub r0, sp, r0 ; mov sp, r0 with r0 = n: dynamic.
; tail: add(s) r0, #1 ; b ext: a tail call at 0.
; divide: push {r11, lr} (T32, {r7, lr}) ; bl __aeabi_ldivmod at 8.
; fpu_f, fpu_d: push {r11, lr} (T32, {r7, lr}) ; vpush {d8, d9, d10}
;                                                           8 + 3 x 8 = 32

; A32: "kind":"module"
; A32: "calls":[{"callee":"sink","callee_local":false,"depth":608,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"big_frame","own_depth":608,
; A32: "calls":[{"callee":"sink","callee_local":false,"depth":4008,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"huge_frame","own_depth":4008,
; A32: "calls":[{"callee":"sink","callee_local":false,"depth":88,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":["realigned"]{{.*}}"realign_slack":24{{.*}}"name":"realigned","own_depth":88,
; A32: "dynamic":true,"flags":[{{.*}}"variable-sized-object"]{{.*}}"name":"vla",
; A32: "calls":[{"callee":"ext","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":0,
; A32: "calls":[{"callee":"__aeabi_ldivmod","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"divide","own_depth":8,
; A32: "calls":[{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_f","own_depth":32,
; A32: "calls":[{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_d","own_depth":32,
; A32: "kind":"end"
; T32: "kind":"module"
; T32: "calls":[{"callee":"sink","callee_local":false,"depth":608,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"big_frame","own_depth":608,
; T32: "calls":[{"callee":"sink","callee_local":false,"depth":4008,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"huge_frame","own_depth":4008,
; T32: "calls":[{"callee":"sink","callee_local":false,"depth":88,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":["realigned"]{{.*}}"realign_slack":24{{.*}}"name":"realigned","own_depth":88,
; T32: "dynamic":true,"flags":[{{.*}}"variable-sized-object"]{{.*}}"name":"vla",
; T32: "calls":[{"callee":"ext","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":0,
; T32: "calls":[{"callee":"__aeabi_ldivmod","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"divide","own_depth":8,
; T32: "calls":[{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_f","own_depth":32,
; T32: "calls":[{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_d","own_depth":32,
; T32: "kind":"end"
declare void @sink(ptr)
declare void @sinkf(float, float)
declare void @sinkd(double, double)
declare i32 @ext(i32)

define void @big_frame() nounwind {
  %a = alloca [600 x i8], align 4
  call void @sink(ptr %a)
  ret void
}

define void @huge_frame() nounwind {
  %a = alloca [4000 x i8], align 4
  call void @sink(ptr %a)
  ret void
}

define void @realigned() nounwind {
  %a = alloca [40 x i8], align 32
  call void @sink(ptr %a)
  ret void
}

define void @vla(i32 %n) nounwind {
  %a = alloca i8, i32 %n, align 8
  call void @sink(ptr %a)
  ret void
}

define i32 @tail(i32 %x) nounwind {
  %y = add i32 %x, 1
  %r = tail call i32 @ext(i32 %y)
  ret i32 %r
}

define i64 @divide(i64 %a, i64 %b) nounwind {
  %q = sdiv i64 %a, %b
  ret i64 %q
}

define float @fpu_f(float %a, float %b) nounwind {
  %c = fmul float %a, %b
  call void @sinkf(float %a, float %c)
  call void @sinkf(float %c, float %b)
  %s = fadd float %a, %b
  %t = fadd float %s, %c
  ret float %t
}

define double @fpu_d(double %a, double %b) nounwind {
  %c = fmul double %a, %b
  call void @sinkd(double %a, double %c)
  call void @sinkd(double %c, double %b)
  %s = fadd double %a, %b
  %t = fadd double %s, %c
  ret double %t
}
