; RUN: %llc -O2 -mtriple=thumbv7em-none-eabihf -mcpu=cortex-m4 %s -o %t.M4.o -filetype=obj -stack-report=%t.M4.jsonl
; RUN: %filecheck %s --check-prefix=M4 < %t.M4.jsonl
; RUN: %llc -O2 -mtriple=thumbv7em-none-eabihf -mcpu=cortex-m7 %s -o %t.M7.o -filetype=obj -stack-report=%t.M7.jsonl
; RUN: %filecheck %s --check-prefix=M7 < %t.M7.jsonl
; RUN: %llc -O2 -mtriple=thumbv6m-none-eabi -mcpu=cortex-m0 %s -o %t.M0.o -filetype=obj -stack-report=%t.M0.jsonl
; RUN: %filecheck %s --check-prefix=M0 < %t.M0.jsonl
; RUN: %llc -O2 -mtriple=thumbv8m.main-none-eabi -mcpu=cortex-m33 %s -o %t.M33.o -filetype=obj -stack-report=%t.M33.jsonl
; RUN: %filecheck %s --check-prefix=M33 < %t.M33.jsonl
;
; Cortex-M frames through the ARM SP decoder: Cortex-M4 and M7 (v7E-M, hard
; float: vpush), M0 (v6-M, Thumb-1 only), M33 (v8-M mainline, soft-float
; ABI with an FPU). Depths are bytes below the caller's SP (bl pushes
; nothing), summed from `llc -O2` assembly of this file for each target:
;
; big_frame (600-byte local)
;   M4/M7/M33 - push {r7, lr} ; sub.w sp, sp, #600           8 + 600 = 608
;   M0 - push {r4, lr} ; sub sp, #508 ; sub sp, #92 (imm7 limit: 508)
;                                                           8 + 508 + 92 = 608
; huge_frame (4000-byte local)
;   M4/M7/M33 - push {r7, lr} ; sub.w sp, sp, #4000          8 + 4000 = 4008
;   M0 (over 3 x 508): push {r4, r5, r6, lr} ; ldr r6, .LCPI1_0 (.long
;   0xfffff060 = -4000) ; add sp, r6                        16 + 4000 = 4016
; realigned (alignas(32) local), all four: push {r4, r6, r7, lr} ; add r7,
;   sp, #8 ; sub sp, #48 -> 64 ; mov r4, sp ; bfc r4, #0, #5 (M0, lsrs r4,
;   r4, #5 ; lsls r4, r4, #5) ; mov sp, r4. SP at 64 is only known 8-aligned,
;   so rounding to 32 drops at most 24:                     64 + 24 = 88
; vla: sub.w r0, sp, r0 ; mov sp, r0 (M0, subs r0, r1, r0) with r0 = n:
;   dynamic.
; tail: M4/M7/M33 - adds r0, #1 ; b ext: a tail call at 0, own depth 0.
;   M0 (no tail call in Thumb-1 here): push {r7, lr} ; bl ext at 8.
; divide (i64 sdiv), all: push {r7, lr} ; bl __aeabi_ldivmod (a libcall) at 8.
; fpu_f (float)
;   M4/M7 - push {r7, lr} ; vpush {d8, d9, d10}               8 + 3 x 8 = 32
;   M33 - push {r4, r5, r7, lr} ; vpush {d8, d9, d10}        16 + 24 = 40
;   M0 - push {r4, r5, r6, lr}: 16; __aeabi_fmul, sinkf x 2, __aeabi_fadd x 2.
; fpu_d (double)
;   M7 - push {r7, lr} ; vpush {d8, d9, d10}                 8 + 24 = 32
;   M4 (single-precision FPU: double arithmetic is __aeabi_d*): push.w {r4,
;   r5, r6, r7, r8, r9, lr} ; sub sp, #4 ; vpush {d8, d9, d10}
;                                                           28 + 4 + 24 = 56
;   M0 - push {r4, r5, r6, r7, lr} ; sub sp, #12              20 + 12 = 32
;   M33 - push.w {r4-r9, lr} ; sub sp, #4: 28 + 4 = 32 for __aeabi_dmul, sinkd
;   x 2 and __aeabi_dadd; then add sp, #4 ; pop.w {r4-r9, lr} ; b __aeabi_dadd:
;   a tail call at 0.

; M4: "kind":"module"
; M4: "calls":[{"callee":"sink","callee_local":false,"depth":608,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"big_frame","own_depth":608,
; M4: "calls":[{"callee":"sink","callee_local":false,"depth":4008,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"huge_frame","own_depth":4008,
; M4: "calls":[{"callee":"sink","callee_local":false,"depth":88,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":["realigned"]{{.*}}"realign_slack":24{{.*}}"name":"realigned","own_depth":88,
; M4: "dynamic":true,"flags":[{{.*}}"variable-sized-object"]{{.*}}"name":"vla",
; M4: "calls":[{"callee":"ext","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":0,
; M4: "calls":[{"callee":"__aeabi_ldivmod","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"divide","own_depth":8,
; M4: "calls":[{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_f","own_depth":32,
; M4: "calls":[{"callee":"__aeabi_dmul","callee_local":false,"depth":56,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"sinkd","callee_local":false,"depth":56,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkd","callee_local":false,"depth":56,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"__aeabi_dadd","callee_local":false,"depth":56,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"__aeabi_dadd","callee_local":false,"depth":56,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_d","own_depth":56,
; M4: "kind":"end"
; M7: "kind":"module"
; M7: "calls":[{"callee":"sink","callee_local":false,"depth":608,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"big_frame","own_depth":608,
; M7: "calls":[{"callee":"sink","callee_local":false,"depth":4008,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"huge_frame","own_depth":4008,
; M7: "calls":[{"callee":"sink","callee_local":false,"depth":88,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":["realigned"]{{.*}}"realign_slack":24{{.*}}"name":"realigned","own_depth":88,
; M7: "dynamic":true,"flags":[{{.*}}"variable-sized-object"]{{.*}}"name":"vla",
; M7: "calls":[{"callee":"ext","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":0,
; M7: "calls":[{"callee":"__aeabi_ldivmod","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"divide","own_depth":8,
; M7: "calls":[{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkf","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_f","own_depth":32,
; M7: "calls":[{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_d","own_depth":32,
; M7: "kind":"end"
; M0: "kind":"module"
; M0: "calls":[{"callee":"sink","callee_local":false,"depth":608,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"big_frame","own_depth":608,
; M0: "calls":[{"callee":"sink","callee_local":false,"depth":4016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"huge_frame","own_depth":4016,
; M0: "calls":[{"callee":"sink","callee_local":false,"depth":88,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":["realigned"]{{.*}}"realign_slack":24{{.*}}"name":"realigned","own_depth":88,
; M0: "dynamic":true,"flags":[{{.*}}"variable-sized-object"]{{.*}}"name":"vla",
; M0: "calls":[{"callee":"ext","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":8,
; M0: "calls":[{"callee":"__aeabi_ldivmod","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"divide","own_depth":8,
; M0: "calls":[{"callee":"__aeabi_fmul","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"sinkf","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkf","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"__aeabi_fadd","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"__aeabi_fadd","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_f","own_depth":16,
; M0: "calls":[{"callee":"__aeabi_dmul","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"__aeabi_dadd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"__aeabi_dadd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_d","own_depth":32,
; M0: "kind":"end"
; M33: "kind":"module"
; M33: "calls":[{"callee":"sink","callee_local":false,"depth":608,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"big_frame","own_depth":608,
; M33: "calls":[{"callee":"sink","callee_local":false,"depth":4008,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"huge_frame","own_depth":4008,
; M33: "calls":[{"callee":"sink","callee_local":false,"depth":88,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":["realigned"]{{.*}}"realign_slack":24{{.*}}"name":"realigned","own_depth":88,
; M33: "dynamic":true,"flags":[{{.*}}"variable-sized-object"]{{.*}}"name":"vla",
; M33: "calls":[{"callee":"ext","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"tail","own_depth":0,
; M33: "calls":[{"callee":"__aeabi_ldivmod","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"divide","own_depth":8,
; M33: "calls":[{"callee":"sinkf","callee_local":false,"depth":40,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkf","callee_local":false,"depth":40,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_f","own_depth":40,
; M33: "calls":[{"callee":"__aeabi_dmul","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"sinkd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"__aeabi_dadd","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"__aeabi_dadd","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fpu_d","own_depth":32,
; M33: "kind":"end"
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
