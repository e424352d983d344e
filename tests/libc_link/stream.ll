; A library member that defines data: the stream `my_stdout`, whose initialiser points to
; `stream_write`. Only a use of `my_stdout` pulls it in (musl's stdout.o and __stdout_write).
target triple = "x86_64-unknown-linux-gnu"
@my_stdout = global ptr @stream_write
define void @stream_write(ptr %s) noredzone nounwind {
  %buf = alloca [1000 x i8], align 16
  store volatile i8 1, ptr %buf
  ret void
}
