; ModuleID = 'taken_decl.c'
source_filename = "taken_decl.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_hook = dso_local global ptr @malloc, align 8
@never_set = dso_local global ptr null, align 8

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !type !8 noalias noundef ptr @malloc(i64 noundef) #0

; Function Attrs: nounwind uwtable
define dso_local ptr @allocate(i64 noundef %0) local_unnamed_addr #1 !type !8 {
  %2 = load volatile ptr, ptr @alloc_hook, align 8, !tbaa !9
  %3 = tail call ptr %2(i64 noundef %0) #2, !callee_type !11
  ret ptr %3
}

; Function Attrs: nounwind uwtable
define dso_local double @no_candidate(double noundef %0) local_unnamed_addr #1 !type !12 {
  %2 = load volatile ptr, ptr @never_set, align 8, !tbaa !9
  %3 = tail call double %2(double noundef %0, double noundef %0) #2, !callee_type !13
  ret double %3
}

attributes #0 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = !{i64 0, !"_ZTSFPvmE.generalized"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !6, i64 0}
!11 = !{!8}
!12 = !{i64 0, !"_ZTSFddE.generalized"}
!13 = !{!14}
!14 = !{i64 0, !"_ZTSFdddE.generalized"}
