; Module b: another internal @helper, with a 40-byte frame, called by @entry_b;
; @entry_b also calls @entry_a from module a.
declare void @sink(ptr)
declare void @entry_a()
define internal void @helper() noinline {
  %buf = alloca [40 x i8], align 16
  call void @sink(ptr %buf)
  ret void
}
define void @entry_b() {
  call void @helper()
  call void @entry_a()
  ret void
}
