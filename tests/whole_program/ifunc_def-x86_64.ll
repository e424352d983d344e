; ModuleID = 'ifunc_def.c'
source_filename = "ifunc_def.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@prefer_big = dso_local local_unnamed_addr global i32 1, align 4
@opaque_table = external local_unnamed_addr global [0 x ptr], align 8

@pick = dso_local ifunc i64 (i64), ptr @resolve_pick
@opaque = dso_local ifunc i64 (i64), ptr @resolve_opaque

; Function Attrs: disable_sanitizer_instrumentation nounwind uwtable
define internal ptr @resolve_pick() #0 !type !8 {
  %1 = load i32, ptr @prefer_big, align 4, !tbaa !4
  %2 = icmp eq i32 %1, 0
  %3 = select i1 %2, ptr @pick_small, ptr @pick_big
  ret ptr %3
}

; Function Attrs: nounwind uwtable
define internal i64 @pick_big(i64 noundef %0) #1 !type !9 {
  %2 = alloca [500 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  %3 = trunc i64 %0 to i8
  store i8 %3, ptr %2, align 16, !tbaa !10
  call void @consume(ptr noundef nonnull %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret i64 %0
}

; Function Attrs: nounwind uwtable
define internal range(i64 -9223372036854775807, -9223372036854775808) i64 @pick_small(i64 noundef %0) #1 !type !9 {
  %2 = add nsw i64 %0, 1
  ret i64 %2
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

declare !type !11 void @consume(ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: disable_sanitizer_instrumentation nounwind uwtable
define internal ptr @resolve_opaque() #0 !type !8 {
  %1 = load ptr, ptr @opaque_table, align 8, !tbaa !12
  ret ptr %1
}

attributes #0 = { disable_sanitizer_instrumentation nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!8 = !{i64 0, !"_ZTSFPvvE.generalized"}
!9 = !{i64 0, !"_ZTSFllE.generalized"}
!10 = !{!6, !6, i64 0}
!11 = !{i64 0, !"_ZTSFvPcE.generalized"}
!12 = !{!13, !13, i64 0}
!13 = !{!"any pointer", !6, i64 0}
