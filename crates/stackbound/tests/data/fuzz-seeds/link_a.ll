target triple = "x86_64-unknown-linux-gnu"

@hook = global ptr @deep
@table = internal constant [2 x ptr] [ptr @impl_a, ptr @weak_fn]

@ctor_alias = alias void (), ptr @ctor_base
@local_alias = internal alias void (), ptr @impl_a
@fast_copy = ifunc void (ptr), ptr @resolve_copy
@opaque_ifunc = ifunc void (ptr), ptr @resolve_opaque

define void @ctor_base() {
  %a = alloca [64 x i8]
  call void @use(ptr %a)
  ret void
}

define internal void @impl_a() {
  %a = alloca [32 x i8]
  call void @use(ptr %a)
  ret void
}

define weak void @weak_fn() {
  call void @ctor_alias()
  ret void
}

define linkonce_odr void @odr_fn() {
  call void @local_alias()
  ret void
}

define internal void @copy_avx2(ptr %p) {
  call void @use(ptr %p)
  ret void
}

define internal void @copy_sse2(ptr %p) {
  ret void
}

define ptr @resolve_copy() {
  %c = call i1 @has_avx2()
  %r = select i1 %c, ptr @copy_avx2, ptr @copy_sse2
  ret ptr %r
}

@slot = global ptr null
define ptr @resolve_opaque() {
  %r = load ptr, ptr @slot
  ret ptr %r
}

define void @deep(ptr %p) {
  %a = alloca [4096 x i8]
  call void @use(ptr %a)
  ret void
}

define void @run(ptr %p) {
  call void @fast_copy(ptr %p)
  call void @opaque_ifunc(ptr %p)
  %h = load ptr, ptr @hook
  call void %h(ptr %p)
  call void @odr_fn()
  call void @weak_fn()
  tail call void @missing_callee(ptr %p)
  ret void
}

declare void @use(ptr)
declare i1 @has_avx2()
declare void @missing_callee(ptr)
