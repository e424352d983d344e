; Module a: an internal @helper with a 200-byte frame, called by @entry_a.
declare void @sink(ptr)
define internal void @helper() noinline {
  %buf = alloca [200 x i8], align 16
  call void @sink(ptr %buf)
  ret void
}
define void @entry_a() {
  call void @helper()
  ret void
}
