; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.o -filetype=obj -stack-report=%t.jsonl
; RUN: %filecheck %s < %t.jsonl
;
; The `symbols` record lists what a static library's linker sees beyond the
; calls: every global used and not defined, code and data (`stdout` pulls in
; the member that defines it), those used only weakly (they pull nothing in),
; and the data defined here. Unused declarations and locals are not listed.
;
; CHECK: "data":["table"]
; CHECK-SAME: "kind":"symbols"
; CHECK-SAME: "undefined":["handler","fputs","stdout"]
; CHECK-SAME: "weak_undefined":["hook"]
@stdout = external global ptr
@table = global [1 x ptr] [ptr @handler]
@counter = internal global i32 0
declare void @handler()
declare extern_weak void @hook()
declare void @unused()
declare i32 @fputs(ptr, ptr)
define i32 @main() {
  %f = load ptr, ptr @stdout
  %r = call i32 @fputs(ptr null, ptr %f)
  call void @hook()
  store i32 1, ptr @counter
  ret i32 %r
}
