; ModuleID = 'ships.cpp'
source_filename = "ships.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Spaceship = type { %struct.IShip }
%struct.IShip = type { ptr }
%struct.Rocket = type { %struct.IShip, i64 }

@.str = private unnamed_addr constant [11 x i8] c"Launching!\00", align 1
@_ZL3ops = internal unnamed_addr constant [3 x ptr] [ptr @_Z6triplel, ptr @_Z9factoriall, ptr @_Z9countdownl], align 8
@_ZTV9Spaceship = dso_local unnamed_addr constant { [3 x ptr] } { [3 x ptr] [ptr null, ptr null, ptr @_ZN9Spaceship6launchEv] }, align 8
@_ZTV6Rocket = dso_local unnamed_addr constant { [3 x ptr] } { [3 x ptr] [ptr null, ptr null, ptr @_ZN6Rocket6launchEv] }, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @_Z6triplel(i64 noundef %0) #0 !type !10 {
  %2 = mul nsw i64 %0, 3
  ret i64 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef range(i64 1, -9223372036854775808) i64 @_Z9factoriall(i64 noundef %0) #0 !type !10 {
  %2 = icmp slt i64 %0, 2
  br i1 %2, label %31, label %3

3:                                                ; preds = %1
  %4 = add nsw i64 %0, -1
  %5 = icmp eq i64 %0, 2
  br i1 %5, label %22, label %6

6:                                                ; preds = %3
  %7 = and i64 %4, -2
  %8 = sub i64 %0, %7
  br label %9

9:                                                ; preds = %9, %6
  %10 = phi i64 [ 0, %6 ], [ %17, %9 ]
  %11 = phi i64 [ 1, %6 ], [ %15, %9 ]
  %12 = phi i64 [ 1, %6 ], [ %16, %9 ]
  %13 = sub i64 %0, %10
  %14 = add i64 %13, -1
  %15 = mul i64 %13, %11
  %16 = mul i64 %14, %12
  %17 = add nuw i64 %10, 2
  %18 = icmp eq i64 %17, %7
  br i1 %18, label %19, label %9, !llvm.loop !11

19:                                               ; preds = %9
  %20 = mul i64 %16, %15
  %21 = icmp eq i64 %4, %7
  br i1 %21, label %31, label %22

22:                                               ; preds = %3, %19
  %23 = phi i64 [ %0, %3 ], [ %8, %19 ]
  %24 = phi i64 [ 1, %3 ], [ %20, %19 ]
  br label %25

25:                                               ; preds = %22, %25
  %26 = phi i64 [ %28, %25 ], [ %23, %22 ]
  %27 = phi i64 [ %29, %25 ], [ %24, %22 ]
  %28 = add nsw i64 %26, -1
  %29 = mul nuw nsw i64 %26, %27
  %30 = icmp samesign ult i64 %26, 3
  br i1 %30, label %31, label %25, !llvm.loop !14

31:                                               ; preds = %25, %19, %1
  %32 = phi i64 [ 1, %1 ], [ %20, %19 ], [ %29, %25 ]
  ret i64 %32
}

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN9Spaceship6launchEv(ptr nonnull readnone align 8 captures(none) %0) unnamed_addr #1 !type !15 {
  tail call void @println(ptr noundef nonnull @.str) #6
  ret void
}

declare !type !16 void @println(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind uwtable
define dso_local void @_ZN6Rocket6launchEv(ptr noundef nonnull readonly align 8 captures(none) dereferenceable(16) %0) unnamed_addr #1 !type !15 {
  %2 = alloca [256 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load <1 x i64>, ptr %3, align 8
  %5 = shufflevector <1 x i64> %4, <1 x i64> poison, <16 x i32> zeroinitializer
  %6 = trunc <16 x i64> %5 to <16 x i8>
  %7 = add <16 x i8> %6, <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>
  store <16 x i8> %7, ptr %2, align 16, !tbaa !17
  %8 = trunc <16 x i64> %5 to <16 x i8>
  %9 = add <16 x i8> %8, <i8 16, i8 17, i8 18, i8 19, i8 20, i8 21, i8 22, i8 23, i8 24, i8 25, i8 26, i8 27, i8 28, i8 29, i8 30, i8 31>
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store <16 x i8> %9, ptr %10, align 16, !tbaa !17
  %11 = trunc <16 x i64> %5 to <16 x i8>
  %12 = add <16 x i8> %11, <i8 32, i8 33, i8 34, i8 35, i8 36, i8 37, i8 38, i8 39, i8 40, i8 41, i8 42, i8 43, i8 44, i8 45, i8 46, i8 47>
  %13 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store <16 x i8> %12, ptr %13, align 16, !tbaa !17
  %14 = trunc <16 x i64> %5 to <16 x i8>
  %15 = add <16 x i8> %14, <i8 48, i8 49, i8 50, i8 51, i8 52, i8 53, i8 54, i8 55, i8 56, i8 57, i8 58, i8 59, i8 60, i8 61, i8 62, i8 63>
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 48
  store <16 x i8> %15, ptr %16, align 16, !tbaa !17
  %17 = trunc <16 x i64> %5 to <16 x i8>
  %18 = add <16 x i8> %17, <i8 64, i8 65, i8 66, i8 67, i8 68, i8 69, i8 70, i8 71, i8 72, i8 73, i8 74, i8 75, i8 76, i8 77, i8 78, i8 79>
  %19 = getelementptr inbounds nuw i8, ptr %2, i64 64
  store <16 x i8> %18, ptr %19, align 16, !tbaa !17
  %20 = trunc <16 x i64> %5 to <16 x i8>
  %21 = add <16 x i8> %20, <i8 80, i8 81, i8 82, i8 83, i8 84, i8 85, i8 86, i8 87, i8 88, i8 89, i8 90, i8 91, i8 92, i8 93, i8 94, i8 95>
  %22 = getelementptr inbounds nuw i8, ptr %2, i64 80
  store <16 x i8> %21, ptr %22, align 16, !tbaa !17
  %23 = trunc <16 x i64> %5 to <16 x i8>
  %24 = add <16 x i8> %23, <i8 96, i8 97, i8 98, i8 99, i8 100, i8 101, i8 102, i8 103, i8 104, i8 105, i8 106, i8 107, i8 108, i8 109, i8 110, i8 111>
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 96
  store <16 x i8> %24, ptr %25, align 16, !tbaa !17
  %26 = trunc <16 x i64> %5 to <16 x i8>
  %27 = add <16 x i8> %26, <i8 112, i8 113, i8 114, i8 115, i8 116, i8 117, i8 118, i8 119, i8 120, i8 121, i8 122, i8 123, i8 124, i8 125, i8 126, i8 127>
  %28 = getelementptr inbounds nuw i8, ptr %2, i64 112
  store <16 x i8> %27, ptr %28, align 16, !tbaa !17
  %29 = trunc <16 x i64> %5 to <16 x i8>
  %30 = add <16 x i8> %29, <i8 -128, i8 -127, i8 -126, i8 -125, i8 -124, i8 -123, i8 -122, i8 -121, i8 -120, i8 -119, i8 -118, i8 -117, i8 -116, i8 -115, i8 -114, i8 -113>
  %31 = getelementptr inbounds nuw i8, ptr %2, i64 128
  store <16 x i8> %30, ptr %31, align 16, !tbaa !17
  %32 = trunc <16 x i64> %5 to <16 x i8>
  %33 = add <16 x i8> %32, <i8 -112, i8 -111, i8 -110, i8 -109, i8 -108, i8 -107, i8 -106, i8 -105, i8 -104, i8 -103, i8 -102, i8 -101, i8 -100, i8 -99, i8 -98, i8 -97>
  %34 = getelementptr inbounds nuw i8, ptr %2, i64 144
  store <16 x i8> %33, ptr %34, align 16, !tbaa !17
  %35 = trunc <16 x i64> %5 to <16 x i8>
  %36 = add <16 x i8> %35, <i8 -96, i8 -95, i8 -94, i8 -93, i8 -92, i8 -91, i8 -90, i8 -89, i8 -88, i8 -87, i8 -86, i8 -85, i8 -84, i8 -83, i8 -82, i8 -81>
  %37 = getelementptr inbounds nuw i8, ptr %2, i64 160
  store <16 x i8> %36, ptr %37, align 16, !tbaa !17
  %38 = trunc <16 x i64> %5 to <16 x i8>
  %39 = add <16 x i8> %38, <i8 -80, i8 -79, i8 -78, i8 -77, i8 -76, i8 -75, i8 -74, i8 -73, i8 -72, i8 -71, i8 -70, i8 -69, i8 -68, i8 -67, i8 -66, i8 -65>
  %40 = getelementptr inbounds nuw i8, ptr %2, i64 176
  store <16 x i8> %39, ptr %40, align 16, !tbaa !17
  %41 = trunc <16 x i64> %5 to <16 x i8>
  %42 = add <16 x i8> %41, <i8 -64, i8 -63, i8 -62, i8 -61, i8 -60, i8 -59, i8 -58, i8 -57, i8 -56, i8 -55, i8 -54, i8 -53, i8 -52, i8 -51, i8 -50, i8 -49>
  %43 = getelementptr inbounds nuw i8, ptr %2, i64 192
  store <16 x i8> %42, ptr %43, align 16, !tbaa !17
  %44 = trunc <16 x i64> %5 to <16 x i8>
  %45 = add <16 x i8> %44, <i8 -48, i8 -47, i8 -46, i8 -45, i8 -44, i8 -43, i8 -42, i8 -41, i8 -40, i8 -39, i8 -38, i8 -37, i8 -36, i8 -35, i8 -34, i8 -33>
  %46 = getelementptr inbounds nuw i8, ptr %2, i64 208
  store <16 x i8> %45, ptr %46, align 16, !tbaa !17
  %47 = trunc <16 x i64> %5 to <16 x i8>
  %48 = add <16 x i8> %47, <i8 -32, i8 -31, i8 -30, i8 -29, i8 -28, i8 -27, i8 -26, i8 -25, i8 -24, i8 -23, i8 -22, i8 -21, i8 -20, i8 -19, i8 -18, i8 -17>
  %49 = getelementptr inbounds nuw i8, ptr %2, i64 224
  store <16 x i8> %48, ptr %49, align 16, !tbaa !17
  %50 = trunc <16 x i64> %5 to <16 x i8>
  %51 = add <16 x i8> %50, <i8 -16, i8 -15, i8 -14, i8 -13, i8 -12, i8 -11, i8 -10, i8 -9, i8 -8, i8 -7, i8 -6, i8 -5, i8 -4, i8 -3, i8 -2, i8 -1>
  %52 = getelementptr inbounds nuw i8, ptr %2, i64 240
  store <16 x i8> %51, ptr %52, align 16, !tbaa !17
  %53 = getelementptr inbounds nuw i8, ptr %2, i64 255
  store i8 0, ptr %53, align 1, !tbaa !17
  call void @println(ptr noundef nonnull %2) #6
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress noinline nounwind uwtable
define dso_local void @_Z9launch_itR5IShip(ptr noundef nonnull align 8 dereferenceable(8) %0) local_unnamed_addr #4 !type !18 {
  %2 = load ptr, ptr %0, align 8, !tbaa !19
  %3 = load ptr, ptr %2, align 8
  tail call void %3(ptr noundef nonnull align 8 dereferenceable(8) %0) #6, !callee_type !21
  ret void
}

; Function Attrs: mustprogress noinline nounwind uwtable
define dso_local noundef i64 @_Z5applyil(i32 noundef %0, i64 noundef %1) local_unnamed_addr #4 !type !22 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds ptr, ptr @_ZL3ops, i64 %3
  %5 = load ptr, ptr %4, align 8, !tbaa !23
  %6 = tail call noundef i64 %5(i64 noundef %1) #6, !callee_type !25
  ret i64 %6
}

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef range(i64 -9223372036854775807, -9223372036854775808) i64 @_Z9countdownl(i64 noundef %0) #1 !type !10 {
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
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #5 !type !26 {
  %3 = alloca %struct.Spaceship, align 8
  %4 = alloca %struct.Rocket, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #6
  store ptr getelementptr inbounds nuw inrange(-16, 8) (i8, ptr @_ZTV9Spaceship, i64 16), ptr %3, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #6
  store ptr getelementptr inbounds nuw inrange(-16, 8) (i8, ptr @_ZTV6Rocket, i64 16), ptr %4, align 8, !tbaa !19
  %5 = sext i32 %0 to i64
  %6 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store i64 %5, ptr %6, align 8, !tbaa !27
  %7 = icmp sgt i32 %0, 1
  %8 = select i1 %7, ptr %4, ptr %3
  call void @_Z9launch_itR5IShip(ptr noundef nonnull align 8 dereferenceable(8) %8)
  %9 = and i32 %0, 1
  %10 = call noundef i64 @_Z5applyil(i32 noundef %9, i64 noundef 2)
  %11 = trunc i64 %10 to i32
  %12 = add i32 %11, 6
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #6
  ret i32 %12
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress noinline nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}
!llvm.errno.tbaa = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 4}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{i64 0, !"_ZTSFllE.generalized"}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = distinct !{!14, !12}
!15 = !{i64 0, !"_ZTSFvvE.generalized"}
!16 = !{i64 0, !"_ZTSFvPKcE.generalized"}
!17 = !{!8, !8, i64 0}
!18 = !{i64 0, !"_ZTSFvR5IShipE.generalized"}
!19 = !{!20, !20, i64 0}
!20 = !{!"vtable pointer", !9, i64 0}
!21 = !{!15}
!22 = !{i64 0, !"_ZTSFlilE.generalized"}
!23 = !{!24, !24, i64 0}
!24 = !{!"any pointer", !8, i64 0}
!25 = !{!10}
!26 = !{i64 0, !"_ZTSFiiPPcE.generalized"}
!27 = !{!28, !30, i64 8}
!28 = !{!"_ZTS6Rocket", !29, i64 0, !30, i64 8}
!29 = !{!"_ZTS5IShip"}
!30 = !{!"long", !8, i64 0}
