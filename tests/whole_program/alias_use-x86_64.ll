; ModuleID = 'alias_use.c'
source_filename = "alias_use.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@callbacks = dso_local local_unnamed_addr global [2 x ptr] [ptr @cb_light, ptr @cb_heavy], align 16

declare !type !8 void @cb_light(i32 noundef) #0

declare !type !8 void @cb_heavy(i32 noundef) #0

; Function Attrs: nounwind uwtable
define dso_local void @use_api() local_unnamed_addr #1 !type !9 {
  tail call void @api() #2
  ret void
}

declare !type !9 void @api() local_unnamed_addr #0

; Function Attrs: nounwind uwtable
define dso_local void @run_callbacks(i32 noundef %0) local_unnamed_addr #1 !type !8 {
  %2 = load ptr, ptr @callbacks, align 16, !tbaa !10
  tail call void %2(i32 noundef %0) #2, !callee_type !12
  %3 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 8), align 8, !tbaa !10
  tail call void %3(i32 noundef %0) #2, !callee_type !12
  ret void
}

attributes #0 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.errno.tbaa = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{i64 0, !"_ZTSFviE.generalized"}
!9 = !{i64 0, !"_ZTSFvvE.generalized"}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !6, i64 0}
!12 = !{!8}
