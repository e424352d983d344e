; ModuleID = 'big.cpp'
source_filename = "big.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN3BigC1Ev = dso_local unnamed_addr alias void (ptr), ptr @_ZN3BigC2Ev
@_ZN3BigD1Ev = dso_local unnamed_addr alias void (ptr), ptr @_ZN3BigD2Ev

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN3BigC2Ev(ptr noundef nonnull align 1 dereferenceable(2048) %0) unnamed_addr #0 align 2 !type !8 {
  %2 = alloca [1024 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %0) #3
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #3
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !type !9 void @_Z7consumePc(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN3BigD2Ev(ptr noundef nonnull align 1 dereferenceable(2048) %0) unnamed_addr #0 align 2 !type !8 {
  %2 = alloca [512 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %0) #3
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #3
  ret void
}

attributes #0 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.errno.tbaa = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C++ TBAA"}
!8 = !{i64 0, !"_ZTSFvvE.generalized"}
!9 = !{i64 0, !"_ZTSFvPcE.generalized"}
