; ModuleID = 'int128.c'
source_filename = "int128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i128 @udiv128(i128 noundef %0, i128 noundef %1) local_unnamed_addr #0 {
  %3 = udiv i128 %0, %1
  ret i128 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i128 @sdiv128(i128 noundef %0, i128 noundef %1) local_unnamed_addr #0 {
  %3 = sdiv i128 %0, %1
  ret i128 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i128 0, -1) i128 @umod128(i128 noundef %0, i128 noundef %1) local_unnamed_addr #0 {
  %3 = urem i128 %0, %1
  ret i128 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i128 -170141183460469231731687303715884105727, -170141183460469231731687303715884105728) i128 @smod128(i128 noundef %0, i128 noundef %1) local_unnamed_addr #0 {
  %3 = srem i128 %0, %1
  ret i128 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i128 0, -36893488147419103230) i128 @mul_wide(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = zext i64 %0 to i128
  %4 = zext i64 %1 to i128
  %5 = mul nuw i128 %4, %3
  ret i128 %5
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i128 @pow_mod(i128 noundef %0, i128 noundef %1, i128 noundef %2) local_unnamed_addr #1 {
  %4 = icmp eq i128 %1, 0
  br i1 %4, label %20, label %5

5:                                                ; preds = %3, %15
  %6 = phi i128 [ %17, %15 ], [ %0, %3 ]
  %7 = phi i128 [ %16, %15 ], [ 1, %3 ]
  %8 = phi i128 [ %18, %15 ], [ %1, %3 ]
  %9 = urem i128 %6, %2
  %10 = and i128 %8, 1
  %11 = icmp eq i128 %10, 0
  br i1 %11, label %15, label %12

12:                                               ; preds = %5
  %13 = mul i128 %9, %7
  %14 = urem i128 %13, %2
  br label %15

15:                                               ; preds = %12, %5
  %16 = phi i128 [ %14, %12 ], [ %7, %5 ]
  %17 = mul i128 %9, %9
  %18 = lshr i128 %8, 1
  %19 = icmp eq i128 %18, 0
  br i1 %19, label %20, label %5, !llvm.loop !10

20:                                               ; preds = %15, %3
  %21 = phi i128 [ 1, %3 ], [ %16, %15 ]
  ret i128 %21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: write) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @to_decimal(i128 noundef %0, ptr noundef writeonly captures(none) %1) local_unnamed_addr #3 {
  %3 = alloca [40 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #6
  br label %4

4:                                                ; preds = %4, %2
  %5 = phi i32 [ %17, %4 ], [ 1, %2 ]
  %6 = phi i64 [ %14, %4 ], [ 0, %2 ]
  %7 = phi i128 [ %9, %4 ], [ %0, %2 ]
  %8 = freeze i128 %7
  %9 = udiv i128 %8, 10
  %10 = mul i128 %9, 10
  %11 = sub i128 %8, %10
  %12 = trunc nuw nsw i128 %11 to i8
  %13 = or disjoint i8 %12, 48
  %14 = add nuw nsw i64 %6, 1
  %15 = getelementptr inbounds nuw i8, ptr %3, i64 %6
  store i8 %13, ptr %15, align 1, !tbaa !12
  %16 = icmp ult i128 %7, 10
  %17 = add nuw i32 %5, 1
  br i1 %16, label %18, label %4, !llvm.loop !13

18:                                               ; preds = %4
  %19 = and i64 %6, 4294967295
  %20 = zext i32 %5 to i64
  %21 = icmp ult i32 %5, 8
  br i1 %21, label %60, label %22

22:                                               ; preds = %18
  %23 = icmp ult i32 %5, 32
  br i1 %23, label %45, label %24

24:                                               ; preds = %22
  %25 = and i64 %20, 24
  %26 = and i64 %20, 4294967264
  br label %27

27:                                               ; preds = %27, %24
  %28 = phi i64 [ 0, %24 ], [ %39, %27 ]
  %29 = sub nuw nsw i64 %19, %28
  %30 = getelementptr inbounds nuw i8, ptr %3, i64 %29
  %31 = getelementptr inbounds i8, ptr %30, i64 -15
  %32 = getelementptr inbounds i8, ptr %30, i64 -31
  %33 = load <16 x i8>, ptr %31, align 1, !tbaa !12
  %34 = load <16 x i8>, ptr %32, align 1, !tbaa !12
  %35 = shufflevector <16 x i8> %33, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %36 = shufflevector <16 x i8> %34, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 %28
  %38 = getelementptr inbounds nuw i8, ptr %37, i64 16
  store <16 x i8> %35, ptr %37, align 1, !tbaa !12
  store <16 x i8> %36, ptr %38, align 1, !tbaa !12
  %39 = add nuw i64 %28, 32
  %40 = icmp eq i64 %39, %26
  br i1 %40, label %41, label %27, !llvm.loop !14

41:                                               ; preds = %27
  %42 = icmp eq i64 %26, %20
  br i1 %42, label %62, label %43

43:                                               ; preds = %41
  %44 = icmp eq i64 %25, 0
  br i1 %44, label %60, label %45, !prof !17

45:                                               ; preds = %22, %43
  %46 = phi i64 [ %26, %43 ], [ 0, %22 ]
  %47 = and i64 %20, 4294967288
  br label %48

48:                                               ; preds = %48, %45
  %49 = phi i64 [ %46, %45 ], [ %56, %48 ]
  %50 = sub nuw nsw i64 %19, %49
  %51 = getelementptr inbounds nuw i8, ptr %3, i64 %50
  %52 = getelementptr inbounds i8, ptr %51, i64 -7
  %53 = load <8 x i8>, ptr %52, align 1, !tbaa !12
  %54 = shufflevector <8 x i8> %53, <8 x i8> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %55 = getelementptr inbounds nuw i8, ptr %1, i64 %49
  store <8 x i8> %54, ptr %55, align 1, !tbaa !12
  %56 = add nuw i64 %49, 8
  %57 = icmp eq i64 %56, %47
  br i1 %57, label %58, label %48, !llvm.loop !18

58:                                               ; preds = %48
  %59 = icmp eq i64 %47, %20
  br i1 %59, label %62, label %60

60:                                               ; preds = %18, %43, %58
  %61 = phi i64 [ 0, %18 ], [ %26, %43 ], [ %47, %58 ]
  br label %66

62:                                               ; preds = %66, %58, %41
  %63 = trunc nuw i64 %14 to i32
  %64 = and i64 %14, 4294967295
  %65 = getelementptr inbounds nuw i8, ptr %1, i64 %64
  store i8 0, ptr %65, align 1, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #6
  ret i32 %63

66:                                               ; preds = %60, %66
  %67 = phi i64 [ %72, %66 ], [ %61, %60 ]
  %68 = sub nuw nsw i64 %19, %67
  %69 = getelementptr inbounds nuw i8, ptr %3, i64 %68
  %70 = load i8, ptr %69, align 1, !tbaa !12
  %71 = getelementptr inbounds nuw i8, ptr %1, i64 %67
  store i8 %70, ptr %71, align 1, !tbaa !12
  %72 = add nuw nsw i64 %67, 1
  %73 = icmp eq i64 %72, %20
  br i1 %73, label %62, label %66, !llvm.loop !19
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i128 @shifts(i128 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = and i32 %1, 127
  %4 = zext nneg i32 %3 to i128
  %5 = shl i128 %0, %4
  %6 = add nsw i32 %1, 7
  %7 = and i32 %6, 127
  %8 = zext nneg i32 %7 to i128
  %9 = ashr i128 %0, %8
  %10 = xor i128 %9, %5
  ret i128 %10
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @u128_to_double(i128 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i128 %0 to double
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i128 @double_to_u128(double noundef %0) local_unnamed_addr #0 {
  %2 = fptoui double %0 to i128
  ret i128 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local range(i32 0, 2) i32 @overflow_checks(i64 noundef %0, i64 noundef %1, ptr noundef writeonly captures(none) initializes((0, 8)) %2) local_unnamed_addr #4 {
  %4 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %0, i64 %1)
  %5 = extractvalue { i64, i1 } %4, 1
  %6 = extractvalue { i64, i1 } %4, 0
  %7 = tail call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %6, i64 %0)
  %8 = extractvalue { i64, i1 } %7, 1
  %9 = extractvalue { i64, i1 } %7, 0
  %10 = or i1 %5, %8
  %11 = zext i1 %10 to i32
  store i64 %9, ptr %2, align 8, !tbaa !20
  ret i32 %11
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #5

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree norecurse nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: write) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!8, !8, i64 0}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11, !15, !16}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = !{!"branch_weights", i32 8, i32 24}
!18 = distinct !{!18, !11, !15, !16}
!19 = distinct !{!19, !11, !16, !15}
!20 = !{!21, !21, i64 0}
!21 = !{!"long", !8, i64 0}
