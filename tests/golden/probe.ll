; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Frames large enough for inline stack probes ("probe-stack"="inline-asm").
; x86-64:
;   probed_unrolled: 4 x (subq $4096, %rsp ; movq $0, (%rsp)) ; subq $3624, %rsp
;                    8 + 16384 + 3624 = 20016, call at 20016
;   probed_loop:     movq %rsp, %r11 ; subq $98304, %r11 ; loop: subq $4096, %rsp ...
;                    cmpq %r11, %rsp ; jne loop ; subq $1704, %rsp
;                    8 + 98304 + 1704 = 100016, call at 100016
; AArch64:
;   probed_unrolled: stp x29, x30, [sp, #-16]! ; 4 x sub sp, sp, #1, lsl #12 ;
;                    sub sp, sp, #3616      -> 16 + 16384 + 3616 = 20016
;   probed_loop:     stp ..., [sp, #-16]! ; sub x9, sp, #24, lsl #12 ; loop to x9 ;
;                    sub sp, sp, #1696      -> 16 + 98304 + 1696 = 100016
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"use","callee_local":false,"depth":20016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"probed_unrolled","own_depth":20016,
; X86: "calls":[{"callee":"use","callee_local":false,"depth":100016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"probed_loop","own_depth":100016,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"callee":"use","callee_local":false,"depth":20016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"probed_unrolled","own_depth":20016,
; A64: "calls":[{"callee":"use","callee_local":false,"depth":100016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"probed_loop","own_depth":100016,
; A64: "kind":"end"
declare void @use(ptr)
define void @probed_unrolled() "probe-stack"="inline-asm" {
  %a = alloca [20000 x i8], align 16
  call void @use(ptr %a)
  ret void
}
define void @probed_loop() "probe-stack"="inline-asm" {
  %a = alloca [100000 x i8], align 16
  call void @use(ptr %a)
  ret void
}
