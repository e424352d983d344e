target triple = "x86_64-unknown-linux-gnu"
declare void @lib_copy(ptr)
define i32 @main() noredzone nounwind {
  call void @lib_copy(ptr null)
  ret i32 0
}
