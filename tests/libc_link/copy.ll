; A library member calling machine code the library holds without a record.
target triple = "x86_64-unknown-linux-gnu"
declare void @asm_copy(ptr)
define void @lib_copy(ptr %s) noredzone nounwind {
  call void @asm_copy(ptr %s)
  ret void
}
