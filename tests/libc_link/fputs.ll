; A library member writing through its stream's function pointer, as musl's fputs does
; through `f->write`. It takes the address of `small_write` itself, so without the member that
; defines `my_stdout` the pointer's candidates would look complete.
target triple = "x86_64-unknown-linux-gnu"
@lib_default_write = global ptr @small_write
define void @small_write(ptr %s) noredzone nounwind {
  ret void
}
define void @lib_fputs(ptr %s, ptr %f) noredzone nounwind {
  %write = load ptr, ptr %f
  call void %write(ptr %s)
  ret void
}
