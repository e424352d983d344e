; A library member nothing references: not linked, not in the report.
target triple = "x86_64-unknown-linux-gnu"
define void @lib_unused() noredzone nounwind {
  %buf = alloca [8192 x i8], align 16
  store volatile i8 1, ptr %buf
  ret void
}
