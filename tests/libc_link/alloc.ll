; A library member that defines my_alloc too: the program's own definition keeps it out.
target triple = "x86_64-unknown-linux-gnu"
define void @my_alloc(ptr %s) noredzone nounwind {
  %buf = alloca [4096 x i8], align 16
  store volatile i8 1, ptr %buf
  ret void
}
