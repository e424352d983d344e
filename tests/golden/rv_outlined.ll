; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+m %s -o %t.o -filetype=obj -stack-report=%t.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,PLAIN < %t.jsonl
; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+m,+save-restore %s -o %t.sr.o -filetype=obj -stack-report=%t.sr.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,SR < %t.sr.jsonl
;
; The MachineOutliner (on for minsize functions) outlines both bodies, frame
; included, into OUTLINED_FUNCTION_0, reached by `tail OUTLINED_FUNCTION_0`
; (asm from `llc -O2 -mtriple=riscv32-unknown-elf -mattr=+m[,+save-restore]
; file.ll -o -`).
;   Plain: OUTLINED_FUNCTION_0 is addi sp, sp, -16 ; three calls to h ; addi
;   sp, sp, 16 ; ret: 16, calls at 16. @a and @b tail-call it at 0 (their own
;   depth is their frame's stack size, 16, a floor).
;   With save-restore: the outlined body starts with call t0, __riscv_save_1
;   and ends with tail __riscv_restore_1, but the outlined function has no
;   frame of its own (getLibCallStackSize is 0 there): the size is unknown,
;   and it is refused (dynamic), never counted as 0.
;
; CHECK: "calls":[{"callee":"OUTLINED_FUNCTION_0","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}],"dynamic":false,{{.*}}"name":"a","own_depth":16,
; CHECK: "calls":[{"callee":"OUTLINED_FUNCTION_0","callee_local":true,"depth":0,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}],"dynamic":false,{{.*}}"name":"b","own_depth":16,
; PLAIN: "calls":[{"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"OUTLINED_FUNCTION_0","own_depth":16,
; SR: "dynamic":true,"flags":["unknown-sp-update"{{.*}}"name":"OUTLINED_FUNCTION_0"
declare i32 @h(i32, i32, i32, i32)
define i32 @a(i32 %x) minsize {
  %1 = call i32 @h(i32 %x, i32 1, i32 2, i32 3)
  %2 = call i32 @h(i32 %1, i32 4, i32 5, i32 6)
  %3 = call i32 @h(i32 %2, i32 7, i32 8, i32 9)
  %4 = add i32 %3, %x
  ret i32 %4
}
define i32 @b(i32 %x) minsize {
  %1 = call i32 @h(i32 %x, i32 1, i32 2, i32 3)
  %2 = call i32 @h(i32 %1, i32 4, i32 5, i32 6)
  %3 = call i32 @h(i32 %2, i32 7, i32 8, i32 9)
  %4 = add i32 %3, %x
  ret i32 %4
}
