; ModuleID = 'ships.cpp'
source_filename = "ships.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Spaceship = type { %struct.IShip }
%struct.IShip = type { ptr }
%struct.Rocket = type { %struct.IShip, i64 }

@.str = private unnamed_addr constant [11 x i8] c"Launching!\00", align 1
@_ZL3ops = internal unnamed_addr constant [3 x ptr] [ptr @_Z6triplel, ptr @_Z9factoriall, ptr @_Z9countdownl], align 16
@_ZTV9Spaceship = dso_local unnamed_addr constant { [3 x ptr] } { [3 x ptr] [ptr null, ptr null, ptr @_ZN9Spaceship6launchEv] }, align 8
@_ZTV6Rocket = dso_local unnamed_addr constant { [3 x ptr] } { [3 x ptr] [ptr null, ptr null, ptr @_ZN6Rocket6launchEv] }, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @_Z6triplel(i64 noundef %0) #0 !type !9 {
  %2 = mul nsw i64 %0, 3
  ret i64 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef range(i64 1, -9223372036854775808) i64 @_Z9factoriall(i64 noundef %0) #0 !type !9 {
  %2 = icmp slt i64 %0, 2
  br i1 %2, label %46, label %3

3:                                                ; preds = %1
  %4 = add nsw i64 %0, -1
  %5 = add nsw i64 %0, -2
  %6 = and i64 %4, 7
  %7 = icmp ult i64 %5, 7
  br i1 %7, label %34, label %8

8:                                                ; preds = %3
  %9 = and i64 %4, -8
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ %0, %8 ], [ %28, %10 ]
  %12 = phi i64 [ 1, %8 ], [ %29, %10 ]
  %13 = phi i64 [ 0, %8 ], [ %30, %10 ]
  %14 = add nsw i64 %11, -1
  %15 = mul nuw nsw i64 %11, %12
  %16 = add nsw i64 %11, -2
  %17 = mul nuw nsw i64 %14, %15
  %18 = add nsw i64 %11, -3
  %19 = mul nuw nsw i64 %16, %17
  %20 = add nsw i64 %11, -4
  %21 = mul nuw nsw i64 %18, %19
  %22 = add nsw i64 %11, -5
  %23 = mul nuw nsw i64 %20, %21
  %24 = add nsw i64 %11, -6
  %25 = mul nuw nsw i64 %22, %23
  %26 = add nsw i64 %11, -7
  %27 = mul nuw nsw i64 %24, %25
  %28 = add nsw i64 %11, -8
  %29 = mul nuw nsw i64 %26, %27
  %30 = add i64 %13, 8
  %31 = icmp eq i64 %30, %9
  br i1 %31, label %32, label %10

32:                                               ; preds = %10
  %33 = icmp eq i64 %6, 0
  br i1 %33, label %46, label %34

34:                                               ; preds = %32, %3
  %35 = phi i64 [ %0, %3 ], [ %28, %32 ]
  %36 = phi i64 [ 1, %3 ], [ %29, %32 ]
  %37 = icmp ne i64 %6, 0
  tail call void @llvm.assume(i1 %37)
  br label %38

38:                                               ; preds = %38, %34
  %39 = phi i64 [ %42, %38 ], [ %35, %34 ]
  %40 = phi i64 [ %43, %38 ], [ %36, %34 ]
  %41 = phi i64 [ %44, %38 ], [ 0, %34 ]
  %42 = add nsw i64 %39, -1
  %43 = mul nuw nsw i64 %39, %40
  %44 = add i64 %41, 1
  %45 = icmp eq i64 %44, %6
  br i1 %45, label %46, label %38, !llvm.loop !10

46:                                               ; preds = %32, %38, %1
  %47 = phi i64 [ 1, %1 ], [ %29, %32 ], [ %43, %38 ]
  ret i64 %47
}

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN9Spaceship6launchEv(ptr nonnull readnone align 8 captures(none) %0) unnamed_addr #1 align 2 !type !12 {
  tail call void @println(ptr noundef nonnull @.str) #7
  ret void
}

declare !type !13 void @println(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN6Rocket6launchEv(ptr noundef nonnull readonly align 8 captures(none) dereferenceable(16) %0) unnamed_addr #1 align 2 !type !12 {
  %2 = alloca [256 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  %3 = load <2 x i64>, ptr %0, align 8
  %4 = shufflevector <2 x i64> %3, <2 x i64> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  br label %5

5:                                                ; preds = %5, %1
  %6 = phi i64 [ 0, %1 ], [ %11, %5 ]
  %7 = phi <16 x i64> [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1 ], [ %12, %5 ]
  %8 = add nsw <16 x i64> %4, %7
  %9 = trunc <16 x i64> %8 to <16 x i8>
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 %6
  store <16 x i8> %9, ptr %10, align 16, !tbaa !14
  %11 = add nuw i64 %6, 16
  %12 = add nuw nsw <16 x i64> %7, splat (i64 16)
  %13 = icmp eq i64 %11, 256
  br i1 %13, label %14, label %5, !llvm.loop !15

14:                                               ; preds = %5
  %15 = getelementptr inbounds nuw i8, ptr %2, i64 255
  store i8 0, ptr %15, align 1, !tbaa !14
  call void @println(ptr noundef nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress noinline nounwind uwtable
define dso_local void @_Z9launch_itR5IShip(ptr noundef nonnull align 8 dereferenceable(8) %0) local_unnamed_addr #4 !type !19 {
  %2 = load ptr, ptr %0, align 8, !tbaa !20
  %3 = load ptr, ptr %2, align 8
  tail call void %3(ptr noundef nonnull align 8 dereferenceable(8) %0) #7, !callee_type !22
  ret void
}

; Function Attrs: mustprogress noinline nounwind uwtable
define dso_local noundef i64 @_Z5applyil(i32 noundef %0, i64 noundef %1) local_unnamed_addr #4 !type !23 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds ptr, ptr @_ZL3ops, i64 %3
  %5 = load ptr, ptr %4, align 8, !tbaa !24
  %6 = tail call noundef i64 %5(i64 noundef %1) #7, !callee_type !26
  ret i64 %6
}

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef range(i64 -9223372036854775807, -9223372036854775808) i64 @_Z9countdownl(i64 noundef %0) #1 !type !9 {
  %2 = icmp slt i64 %0, 1
  br i1 %2, label %7, label %3

3:                                                ; preds = %1
  %4 = add nsw i64 %0, -1
  %5 = tail call noundef i64 @_Z5applyil(i32 noundef 2, i64 noundef %4)
  %6 = add nsw i64 %5, 1
  br label %7

7:                                                ; preds = %1, %3
  %8 = phi i64 [ %6, %3 ], [ 0, %1 ]
  ret i64 %8
}

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #5 !type !27 {
  %3 = alloca %struct.Spaceship, align 8
  %4 = alloca %struct.Rocket, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #7
  store ptr getelementptr inbounds nuw inrange(-16, 8) (i8, ptr @_ZTV9Spaceship, i64 16), ptr %3, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  store ptr getelementptr inbounds nuw inrange(-16, 8) (i8, ptr @_ZTV6Rocket, i64 16), ptr %4, align 8, !tbaa !20
  %5 = sext i32 %0 to i64
  %6 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store i64 %5, ptr %6, align 8, !tbaa !28
  %7 = icmp sgt i32 %0, 1
  %8 = select i1 %7, ptr %4, ptr %3
  call void @_Z9launch_itR5IShip(ptr noundef nonnull align 8 dereferenceable(8) %8)
  %9 = and i32 %0, 1
  %10 = call noundef i64 @_Z5applyil(i32 noundef %9, i64 noundef 2)
  %11 = trunc i64 %10 to i32
  %12 = add i32 %11, 6
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #7
  ret i32 %12
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #6

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{i64 0, !"_ZTSFllE.generalized"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{i64 0, !"_ZTSFvvE.generalized"}
!13 = !{i64 0, !"_ZTSFvPKcE.generalized"}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16, !17, !18}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!"llvm.loop.isvectorized", i32 1}
!18 = !{!"llvm.loop.unroll.runtime.disable"}
!19 = !{i64 0, !"_ZTSFvR5IShipE.generalized"}
!20 = !{!21, !21, i64 0}
!21 = !{!"vtable pointer", !8, i64 0}
!22 = !{!12}
!23 = !{i64 0, !"_ZTSFlilE.generalized"}
!24 = !{!25, !25, i64 0}
!25 = !{!"any pointer", !7, i64 0}
!26 = !{!9}
!27 = !{i64 0, !"_ZTSFiiPPcE.generalized"}
!28 = !{!29, !31, i64 8}
!29 = !{!"_ZTS6Rocket", !30, i64 0, !31, i64 8}
!30 = !{!"_ZTS5IShip"}
!31 = !{!"long", !7, i64 0}
