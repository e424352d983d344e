; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu -enable-machine-outliner %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; The AArch64 machine outliner creates OUTLINED_FUNCTION_* after PEI. They
; are functions of their own, with calls, and their callers call them.
; (llc -O2 -enable-machine-outliner, minsize):
;   leaf1..4: mov x1, x30 ; bl OUTLINED_FUNCTION_2 ; mov x30, x1 ; ...
;             bl OUTLINED_FUNCTION_4 ; ... ; b OUTLINED_FUNCTION_0
;             LR is kept in x1, no stack: own 0, calls at 0, tail call at 0
;   caller1..3: stp x30, x19, [sp, #-16]! ; bl OUTLINED_FUNCTION_3 ;
;             bl OUTLINED_FUNCTION_2 ; bl OUTLINED_FUNCTION_1 (caller2: _4) ; bl g
;             own 16, every call at 16
;   OUTLINED_FUNCTION_3: mov w2, #3 ; mov w3, #4 ; b g   -> own 0, tail call g at 0
;   OUTLINED_FUNCTION_0/1/2/4: stores and ret            -> own 0, no calls
;   The outliner gives OUTLINED_FUNCTION_* internal linkage: calls are local.
;
; A64: "kind":"module"
; A64: "calls":[{"callee":"OUTLINED_FUNCTION_2","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_4","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_0","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"leaf1","own_depth":0,
; A64: "calls":[{"callee":"OUTLINED_FUNCTION_2","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_4","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_0","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"leaf2","own_depth":0,
; A64: "calls":[{"callee":"OUTLINED_FUNCTION_2","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_4","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_0","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"leaf3","own_depth":0,
; A64: "calls":[{"callee":"OUTLINED_FUNCTION_2","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_4","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_0","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"leaf4","own_depth":0,
; A64: "calls":[{"callee":"OUTLINED_FUNCTION_3","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_2","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_1","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"g","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"caller1","own_depth":16,
; A64: "calls":[{"callee":"OUTLINED_FUNCTION_3","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_2","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_4","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"g","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"caller2","own_depth":16,
; A64: "calls":[{"callee":"OUTLINED_FUNCTION_3","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_2","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"OUTLINED_FUNCTION_1","callee_local":true,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"callee":"g","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"caller3","own_depth":16,
; A64: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"OUTLINED_FUNCTION_0","own_depth":0,
; A64: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"OUTLINED_FUNCTION_1","own_depth":0,
; A64: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"OUTLINED_FUNCTION_2","own_depth":0,
; A64: "calls":[{"callee":"g","callee_local":false,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"OUTLINED_FUNCTION_3","own_depth":0,
; A64: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"OUTLINED_FUNCTION_4","own_depth":0,
; A64: "kind":"end"
@glob0 = global i32 0
@glob1 = global i32 0
declare void @g(i32, i32, i32, i32)
define i32 @leaf1(i32 %x) minsize {
  store volatile i32 40, ptr @glob0
  store volatile i32 41, ptr @glob1
  store volatile i32 42, ptr @glob0
  store volatile i32 43, ptr @glob1
  store volatile i32 44, ptr @glob0
  store volatile i32 45, ptr @glob1
  store volatile i32 46, ptr @glob0
  store volatile i32 47, ptr @glob1
  store volatile i32 48, ptr @glob0
  store volatile i32 49, ptr @glob1
  %y = add i32 %x, 9
  ret i32 %y
}
define i32 @leaf2(i32 %x) minsize {
  store volatile i32 40, ptr @glob0
  store volatile i32 41, ptr @glob1
  store volatile i32 42, ptr @glob0
  store volatile i32 43, ptr @glob1
  store volatile i32 44, ptr @glob0
  store volatile i32 45, ptr @glob1
  store volatile i32 46, ptr @glob0
  store volatile i32 47, ptr @glob1
  store volatile i32 48, ptr @glob0
  store volatile i32 49, ptr @glob1
  %y = mul i32 %x, 7
  ret i32 %y
}
define i32 @leaf3(i32 %x) minsize {
  store volatile i32 40, ptr @glob0
  store volatile i32 41, ptr @glob1
  store volatile i32 42, ptr @glob0
  store volatile i32 43, ptr @glob1
  store volatile i32 44, ptr @glob0
  store volatile i32 45, ptr @glob1
  store volatile i32 46, ptr @glob0
  store volatile i32 47, ptr @glob1
  store volatile i32 48, ptr @glob0
  store volatile i32 49, ptr @glob1
  %y = sub i32 %x, 5
  ret i32 %y
}
define i32 @leaf4(i32 %x) minsize {
  store volatile i32 40, ptr @glob0
  store volatile i32 41, ptr @glob1
  store volatile i32 42, ptr @glob0
  store volatile i32 43, ptr @glob1
  store volatile i32 44, ptr @glob0
  store volatile i32 45, ptr @glob1
  store volatile i32 46, ptr @glob0
  store volatile i32 47, ptr @glob1
  store volatile i32 48, ptr @glob0
  store volatile i32 49, ptr @glob1
  %y = xor i32 %x, 3
  ret i32 %y
}
define i32 @caller1(i32 %x) minsize {
  call void @g(i32 1, i32 0, i32 3, i32 4)
  store volatile i32 40, ptr @glob0
  store volatile i32 41, ptr @glob1
  store volatile i32 42, ptr @glob0
  store volatile i32 43, ptr @glob1
  store volatile i32 44, ptr @glob0
  store volatile i32 45, ptr @glob1
  store volatile i32 46, ptr @glob0
  store volatile i32 47, ptr @glob1
  store volatile i32 48, ptr @glob0
  store volatile i32 49, ptr @glob1
  %y = add i32 %x, 9
  call void @g(i32 %y, i32 0, i32 3, i32 4)
  ret i32 %y
}
define i32 @caller2(i32 %x) minsize {
  call void @g(i32 1, i32 1, i32 3, i32 4)
  store volatile i32 40, ptr @glob0
  store volatile i32 41, ptr @glob1
  store volatile i32 42, ptr @glob0
  store volatile i32 43, ptr @glob1
  store volatile i32 44, ptr @glob0
  store volatile i32 45, ptr @glob1
  store volatile i32 46, ptr @glob0
  store volatile i32 47, ptr @glob1
  store volatile i32 48, ptr @glob0
  store volatile i32 49, ptr @glob1
  %y = mul i32 %x, 7
  call void @g(i32 %y, i32 1, i32 3, i32 4)
  ret i32 %y
}
define i32 @caller3(i32 %x) minsize {
  call void @g(i32 1, i32 2, i32 3, i32 4)
  store volatile i32 40, ptr @glob0
  store volatile i32 41, ptr @glob1
  store volatile i32 42, ptr @glob0
  store volatile i32 43, ptr @glob1
  store volatile i32 44, ptr @glob0
  store volatile i32 45, ptr @glob1
  store volatile i32 46, ptr @glob0
  store volatile i32 47, ptr @glob1
  store volatile i32 48, ptr @glob0
  store volatile i32 49, ptr @glob1
  %y = sub i32 %x, 5
  call void @g(i32 %y, i32 2, i32 3, i32 4)
  ret i32 %y
}
