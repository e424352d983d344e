; ModuleID = 'alias_use.c'
source_filename = "alias_use.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@callbacks = dso_local local_unnamed_addr global [2 x ptr] [ptr @cb_light, ptr @cb_heavy], align 8

declare !type !9 void @cb_light(i32 noundef) #0

declare !type !9 void @cb_heavy(i32 noundef) #0

; Function Attrs: nounwind uwtable
define dso_local void @use_api() local_unnamed_addr #1 !type !10 {
  tail call void @api() #2
  ret void
}

declare !type !10 void @api() local_unnamed_addr #0

; Function Attrs: nounwind uwtable
define dso_local void @run_callbacks(i32 noundef %0) local_unnamed_addr #1 !type !9 {
  %2 = load ptr, ptr @callbacks, align 8, !tbaa !11
  tail call void %2(i32 noundef %0) #2, !callee_type !13
  %3 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 8), align 8, !tbaa !11
  tail call void %3(i32 noundef %0) #2, !callee_type !13
  ret void
}

attributes #0 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 4}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{i64 0, !"_ZTSFviE.generalized"}
!10 = !{i64 0, !"_ZTSFvvE.generalized"}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!9}
