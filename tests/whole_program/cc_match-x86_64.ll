; A tailcc indirect call and two address-taken functions of its IR type, one C, one tailcc:
; only the tailcc one can be called (a call reaches only functions of its own convention).
target triple = "x86_64-unknown-linux-gnu"

@hooks = global [2 x ptr] [ptr @c_deep, ptr @tail_small]

declare void @use(ptr)

define void @c_deep(i64 %x) {
  %b = alloca [1000 x i8]
  call void @use(ptr %b)
  ret void
}

define tailcc void @tail_small(i64 %x) {
  ret void
}

define tailcc void @dispatch(ptr %f, i64 %x) {
  musttail call tailcc void %f(i64 %x)
  ret void
}
