target triple = "x86_64-unknown-linux-gnu"
declare void @lib_write(ptr)
define void @lib_print(ptr %s) noredzone nounwind {
  %buf = alloca [256 x i8], align 16
  store volatile i8 1, ptr %buf
  call void @lib_write(ptr %buf)
  ret void
}
