target triple = "x86_64-unknown-linux-gnu"
declare void @lib_print(ptr)
define void @my_alloc(ptr %s) noredzone nounwind {
  %buf = alloca [32 x i8], align 16
  store volatile i8 1, ptr %buf
  ret void
}
define i32 @main() noredzone nounwind {
  %buf = alloca [16 x i8], align 16
  store volatile i8 1, ptr %buf
  call void @lib_print(ptr %buf)
  call void @my_alloc(ptr %buf)
  ret i32 0
}
