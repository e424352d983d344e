; ModuleID = 'shapes.cpp'
source_filename = "shapes.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

$_ZN5ShapeD2Ev = comdat any

@_ZTVN12_GLOBAL__N_16SquareE = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr null, ptr @_ZNK12_GLOBAL__N_16Square4areaEl, ptr @_ZN5ShapeD2Ev, ptr @_ZN12_GLOBAL__N_16SquareD0Ev] }, align 8
@_ZN12_GLOBAL__N_16squareE = internal global { ptr } { ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTVN12_GLOBAL__N_16SquareE, i32 0, i32 0, i32 2) }, align 8
@_ZTVN12_GLOBAL__N_14BlobE = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr null, ptr @_ZNK12_GLOBAL__N_14Blob4areaEl, ptr @_ZN5ShapeD2Ev, ptr @_ZN12_GLOBAL__N_14BlobD0Ev] }, align 8
@_ZN12_GLOBAL__N_14blobE = internal global { ptr } { ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTVN12_GLOBAL__N_14BlobE, i32 0, i32 0, i32 2) }, align 8
@llvm.global_ctors = appending global [0 x { i32, ptr, ptr }] zeroinitializer

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #0 comdat align 2 !type !8 {
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef nonnull ptr @_Z10make_shapel(i64 noundef %0) local_unnamed_addr #1 !type !9 {
  %2 = icmp eq i64 %0, 0
  %3 = select i1 %2, ptr @_ZN12_GLOBAL__N_16squareE, ptr @_ZN12_GLOBAL__N_14blobE
  ret ptr %3
}

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_Z7consumePc(ptr noundef %0) local_unnamed_addr #0 !type !10 {
  tail call void asm sideeffect "", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %0) #5, !srcloc !11
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef i64 @_ZNK12_GLOBAL__N_16Square4areaEl(ptr nonnull readnone align 8 captures(none) %0, i64 noundef %1) unnamed_addr #1 align 2 !type !12 {
  %3 = mul nsw i64 %1, %1
  ret i64 %3
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @_ZN12_GLOBAL__N_16SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 align 2 !type !8 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 8) #6
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal noundef range(i64 -128, 128) i64 @_ZNK12_GLOBAL__N_14Blob4areaEl(ptr nonnull readnone align 8 captures(none) %0, i64 noundef %1) unnamed_addr #0 align 2 !type !12 {
  %3 = alloca [1500 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #5
  %4 = trunc i64 %1 to i8
  store i8 %4, ptr %3, align 16, !tbaa !13
  call void asm sideeffect "", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr nonnull %3) #5, !srcloc !11
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 1
  %6 = load i8, ptr %5, align 1, !tbaa !13
  %7 = sext i8 %6 to i64
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #5
  ret i64 %7
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @_ZN12_GLOBAL__N_14BlobD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 align 2 !type !8 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 8) #6
  ret void
}

; Function Attrs: nobuiltin nounwind
declare !type !14 void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

attributes #0 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }
attributes #6 = { builtin nounwind }

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
!9 = !{i64 0, !"_ZTSFP5ShapelE.generalized"}
!10 = !{i64 0, !"_ZTSFvPcE.generalized"}
!11 = !{i64 542}
!12 = !{i64 0, !"_ZTSKFllE.generalized"}
!13 = !{!6, !6, i64 0}
!14 = !{i64 0, !"_ZTSFvPvmE.generalized"}
