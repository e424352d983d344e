; ModuleID = 'ifunc_def.c'
source_filename = "ifunc_def.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@prefer_big = dso_local local_unnamed_addr global i32 1, align 4
@opaque_table = external local_unnamed_addr global [0 x ptr], align 8

@pick = dso_local ifunc i64 (i64), ptr @resolve_pick
@opaque = dso_local ifunc i64 (i64), ptr @resolve_opaque

; Function Attrs: disable_sanitizer_instrumentation nounwind uwtable
define internal ptr @resolve_pick() #0 !type !9 {
  %1 = load i32, ptr @prefer_big, align 4, !tbaa !5
  %2 = icmp eq i32 %1, 0
  %3 = select i1 %2, ptr @pick_small, ptr @pick_big
  ret ptr %3
}

; Function Attrs: nounwind uwtable
define internal i64 @pick_big(i64 noundef %0) #1 !type !10 {
  %2 = alloca [500 x i8], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  %3 = trunc i64 %0 to i8
  store i8 %3, ptr %2, align 4, !tbaa !11
  call void @consume(ptr noundef nonnull %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret i64 %0
}

; Function Attrs: nounwind uwtable
define internal range(i64 -9223372036854775807, -9223372036854775808) i64 @pick_small(i64 noundef %0) #1 !type !10 {
  %2 = add nsw i64 %0, 1
  ret i64 %2
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

declare !type !12 void @consume(ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: disable_sanitizer_instrumentation nounwind uwtable
define internal ptr @resolve_opaque() #0 !type !9 {
  %1 = load ptr, ptr @opaque_table, align 8, !tbaa !13
  ret ptr %1
}

attributes #0 = { disable_sanitizer_instrumentation nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind }

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
!9 = !{i64 0, !"_ZTSFPvvE.generalized"}
!10 = !{i64 0, !"_ZTSFllE.generalized"}
!11 = !{!7, !7, i64 0}
!12 = !{i64 0, !"_ZTSFvPcE.generalized"}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
