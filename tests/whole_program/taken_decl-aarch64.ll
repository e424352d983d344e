; ModuleID = 'taken_decl.c'
source_filename = "taken_decl.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@alloc_hook = dso_local global ptr @malloc, align 8
@never_set = dso_local global ptr null, align 8

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !type !9 noalias noundef ptr @malloc(i64 noundef) #0

; Function Attrs: nounwind uwtable
define dso_local ptr @allocate(i64 noundef %0) local_unnamed_addr #1 !type !9 {
  %2 = load volatile ptr, ptr @alloc_hook, align 8, !tbaa !10
  %3 = tail call ptr %2(i64 noundef %0) #2, !callee_type !12
  ret ptr %3
}

; Function Attrs: nounwind uwtable
define dso_local double @no_candidate(double noundef %0) local_unnamed_addr #1 !type !13 {
  %2 = load volatile ptr, ptr @never_set, align 8, !tbaa !10
  %3 = tail call double %2(double noundef %0, double noundef %0) #2, !callee_type !14
  ret double %3
}

attributes #0 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
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
!9 = !{i64 0, !"_ZTSFPvmE.generalized"}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!9}
!13 = !{i64 0, !"_ZTSFddE.generalized"}
!14 = !{!15}
!15 = !{i64 0, !"_ZTSFdddE.generalized"}
