target triple = "x86_64-unknown-linux-gnu"

define void @lib_write(ptr %s) noredzone nounwind {
  %buf = alloca [64 x i8], align 16
  store volatile i8 1, ptr %buf
  ret void
}
