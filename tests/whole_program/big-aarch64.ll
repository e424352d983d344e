; ModuleID = 'big.cpp'
source_filename = "big.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@_ZN3BigC1Ev = dso_local unnamed_addr alias void (ptr), ptr @_ZN3BigC2Ev
@_ZN3BigD1Ev = dso_local unnamed_addr alias void (ptr), ptr @_ZN3BigD2Ev

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN3BigC2Ev(ptr noundef nonnull align 1 dereferenceable(2048) %0) unnamed_addr #0 !type !9 {
  %2 = alloca [1024 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %0) #3
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #3
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !type !10 void @_Z7consumePc(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN3BigD2Ev(ptr noundef nonnull align 1 dereferenceable(2048) %0) unnamed_addr #0 !type !9 {
  %2 = alloca [512 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %2) #3
  call void @_Z7consumePc(ptr noundef nonnull %0) #3
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #3
  ret void
}

attributes #0 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind }

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
!8 = !{!"Simple C++ TBAA"}
!9 = !{i64 0, !"_ZTSFvvE.generalized"}
!10 = !{i64 0, !"_ZTSFvPcE.generalized"}
