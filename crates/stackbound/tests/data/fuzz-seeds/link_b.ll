target triple = "x86_64-unknown-linux-gnu"

@cb = global ptr @weak_fn

define void @weak_fn() {
  %a = alloca [256 x i8]
  call void @use(ptr %a)
  ret void
}

define linkonce_odr void @odr_fn() {
  %a = alloca [128 x i8]
  call void @use(ptr %a)
  ret void
}

define internal void @impl_a() {
  call void @run(ptr null)
  ret void
}

define void @entry() {
  call void @impl_a()
  call void @fast_copy(ptr null)
  call void @ctor_alias()
  call void @odr_fn()
  ret void
}

declare void @use(ptr)
declare void @run(ptr)
declare void @fast_copy(ptr)
declare void @ctor_alias()
