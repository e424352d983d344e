; A program that writes to the library's stream: it calls lib_fputs, and uses the data
; `my_stdout`, which is all that pulls stream.ll's member in.
target triple = "x86_64-unknown-linux-gnu"
@my_stdout = external global ptr
declare void @lib_fputs(ptr, ptr)
define i32 @main() noredzone nounwind {
  call void @lib_fputs(ptr null, ptr @my_stdout)
  ret i32 0
}
