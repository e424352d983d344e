; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; AArch64 frame shapes that stack-size numbers miss.
;   sve_local (vscale_range(1,16)): stp x29, x30, [sp, #-16]! ; addvl sp, sp, #-1
;             one vector register of up to 16 x 16 bytes: 16 + 256 = 272
;   huge: stp x29, x30, [sp, #-16]! ; sub sp, sp, #4095, lsl #12 ;
;             sub sp, sp, #787, lsl #12 ; sub sp, sp, #3328
;             16 + 16773120 + 3223552 + 3328 = 20000016, use at 20000016
;
; A64: "kind":"module"
; A64: "calls":[{"callee":"use","callee_local":false,"depth":272,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"sve_local","own_depth":272,
; A64: "calls":[{"callee":"use","callee_local":false,"depth":20000016,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"huge","own_depth":20000016,
; A64: "kind":"end"
declare void @use(ptr)
define void @sve_local() "target-features"="+sve" vscale_range(1,16) {
  %v = alloca <vscale x 4 x i32>
  call void @use(ptr %v)
  ret void
}
define void @huge() {
  %a = alloca [20000000 x i8], align 16
  call void @use(ptr %a)
  ret void
}
