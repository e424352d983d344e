; A library member calling the library's assembly.
target triple = "x86_64-unknown-linux-gnu"
declare void @asm_copy(ptr)
declare void @asm_jump(ptr)
define void @lib_copy(ptr %s) noredzone nounwind {
  call void @asm_copy(ptr %s)
  call void @asm_jump(ptr %s)
  ret void
}
