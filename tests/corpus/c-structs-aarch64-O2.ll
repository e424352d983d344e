; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.big = type { i64, [120 x i8], [8 x %struct.vec3], i32 }
%struct.vec3 = type { double, double, double }
%struct.pair = type { %struct.small, %struct.small }
%struct.small = type { i32, i16, i8 }
%struct.with_array = type { [33 x i32] }

@global_big = internal global %struct.big zeroinitializer, align 8
@global_ptr = dso_local local_unnamed_addr global ptr @global_big, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.vec3 @vec3_add([3 x double] alignstack(8) %0, [3 x double] alignstack(8) %1) local_unnamed_addr #0 {
  %3 = extractvalue [3 x double] %0, 0
  %4 = extractvalue [3 x double] %0, 1
  %5 = extractvalue [3 x double] %0, 2
  %6 = extractvalue [3 x double] %1, 0
  %7 = extractvalue [3 x double] %1, 1
  %8 = extractvalue [3 x double] %1, 2
  %9 = fadd double %3, %6
  %10 = fadd double %4, %7
  %11 = fadd double %5, %8
  %12 = insertvalue %struct.vec3 poison, double %9, 0
  %13 = insertvalue %struct.vec3 %12, double %10, 1
  %14 = insertvalue %struct.vec3 %13, double %11, 2
  ret %struct.vec3 %14
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @vec3_dot([3 x double] alignstack(8) %0, [3 x double] alignstack(8) %1) local_unnamed_addr #0 {
  %3 = extractvalue [3 x double] %0, 0
  %4 = extractvalue [3 x double] %0, 1
  %5 = extractvalue [3 x double] %0, 2
  %6 = extractvalue [3 x double] %1, 0
  %7 = extractvalue [3 x double] %1, 1
  %8 = extractvalue [3 x double] %1, 2
  %9 = fmul double %4, %7
  %10 = tail call double @llvm.fmuladd.f64(double %3, double %6, double %9)
  %11 = tail call double @llvm.fmuladd.f64(double %5, double %8, double %10)
  ret double %11
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @big_update(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 328)) %0, ptr dead_on_return noundef captures(none) initializes((0, 8)) %1, i64 noundef %2) local_unnamed_addr #2 {
  store i64 %2, ptr %1, align 8, !tbaa !10
  %4 = trunc i64 %2 to i32
  %5 = and i32 %4, 31
  %6 = shl nuw i32 1, %5
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 320
  %8 = load i32, ptr %7, align 8, !tbaa !13
  %9 = or i32 %8, %6
  store i32 %9, ptr %7, align 8, !tbaa !13
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 128
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 152
  %12 = load double, ptr %10, align 8
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 136
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 144
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 160
  %17 = load double, ptr %16, align 8
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 168
  %19 = fadd double %14, %17
  store double %19, ptr %13, align 8, !tbaa !14
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 184
  %21 = load double, ptr %20, align 8
  %22 = getelementptr inbounds nuw i8, ptr %1, i64 192
  %23 = fadd double %17, %21
  %24 = load double, ptr %11, align 8
  %25 = load <2 x double>, ptr %15, align 8
  %26 = fadd double %12, %24
  store double %26, ptr %10, align 8, !tbaa !14
  %27 = load <2 x double>, ptr %18, align 8
  %28 = fadd <2 x double> %25, %27
  store <2 x double> %28, ptr %15, align 8, !tbaa !14
  store double %23, ptr %16, align 8, !tbaa !14
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 208
  %30 = load double, ptr %29, align 8
  %31 = getelementptr inbounds nuw i8, ptr %1, i64 216
  %32 = fadd double %21, %30
  %33 = load <2 x double>, ptr %22, align 8
  %34 = fadd <2 x double> %27, %33
  store <2 x double> %34, ptr %18, align 8, !tbaa !14
  store double %32, ptr %20, align 8, !tbaa !14
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 232
  %36 = load double, ptr %35, align 8
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 240
  %38 = fadd double %30, %36
  %39 = load <2 x double>, ptr %31, align 8
  %40 = fadd <2 x double> %33, %39
  store <2 x double> %40, ptr %22, align 8, !tbaa !14
  store double %38, ptr %29, align 8, !tbaa !14
  %41 = getelementptr inbounds nuw i8, ptr %1, i64 256
  %42 = load double, ptr %41, align 8
  %43 = getelementptr inbounds nuw i8, ptr %1, i64 264
  %44 = fadd double %36, %42
  %45 = load <2 x double>, ptr %37, align 8
  %46 = fadd <2 x double> %39, %45
  store <2 x double> %46, ptr %31, align 8, !tbaa !14
  store double %44, ptr %35, align 8, !tbaa !14
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 280
  %48 = load double, ptr %47, align 8
  %49 = getelementptr inbounds nuw i8, ptr %1, i64 288
  %50 = fadd double %42, %48
  %51 = load <2 x double>, ptr %43, align 8
  %52 = fadd <2 x double> %45, %51
  store <2 x double> %52, ptr %37, align 8, !tbaa !14
  store double %50, ptr %41, align 8, !tbaa !14
  %53 = getelementptr inbounds nuw i8, ptr %1, i64 304
  %54 = load <2 x double>, ptr %49, align 8
  %55 = fadd <2 x double> %51, %54
  store <2 x double> %55, ptr %43, align 8, !tbaa !14
  %56 = load <2 x double>, ptr %53, align 8
  %57 = extractelement <2 x double> %56, i64 0
  %58 = fadd double %48, %57
  store double %58, ptr %47, align 8, !tbaa !14
  %59 = shufflevector <2 x double> %28, <2 x double> poison, <2 x i32> <i32 poison, i32 0>
  %60 = insertelement <2 x double> %59, double %19, i64 0
  %61 = fadd <2 x double> %56, %60
  %62 = shufflevector <2 x double> %56, <2 x double> poison, <2 x i32> <i32 1, i32 poison>
  %63 = insertelement <2 x double> %62, double %26, i64 1
  %64 = fadd <2 x double> %54, %63
  store <2 x double> %64, ptr %49, align 8, !tbaa !14
  store <2 x double> %61, ptr %53, align 8, !tbaa !14
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) %0, ptr noundef nonnull align 8 dereferenceable(328) %1, i64 328, i1 false), !tbaa.struct !16
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @big_store(ptr noundef readonly captures(none) %0) local_unnamed_addr #5 {
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) @global_big, ptr noundef nonnull align 8 dereferenceable(328) %0, i64 328, i1 false), !tbaa.struct !16
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local void @big_roundtrip(i64 noundef %0) local_unnamed_addr #6 {
  %2 = alloca %struct.big, align 8
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(120) %3, ptr noundef nonnull align 8 dereferenceable(120) getelementptr inbounds nuw (i8, ptr @global_big, i64 8), i64 120, i1 false)
  %4 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 128), align 8
  %5 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 136), align 8
  %6 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 160), align 8
  %7 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 184), align 8
  %8 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 208), align 8
  %9 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 232), align 8
  %10 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 256), align 8
  %11 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 280), align 8
  %12 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 320), align 8, !tbaa !6
  %13 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 324), align 4
  %14 = trunc i64 %0 to i32
  %15 = and i32 %14, 31
  %16 = shl nuw i32 1, %15
  %17 = or i32 %12, %16
  %18 = fadd double %5, %6
  %19 = fadd double %6, %7
  %20 = fadd double %7, %8
  %21 = fadd double %8, %9
  %22 = fadd double %9, %10
  %23 = fadd double %10, %11
  store i64 %0, ptr %2, align 8, !tbaa !17
  %24 = getelementptr inbounds nuw i8, ptr %2, i64 128
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 136
  store double %18, ptr %25, align 8
  %26 = getelementptr inbounds nuw i8, ptr %2, i64 144
  %27 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 152), align 8
  %28 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 144), align 8
  %29 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 168), align 8
  %30 = fadd double %4, %27
  %31 = fadd <2 x double> %28, %29
  store double %30, ptr %24, align 8
  store <2 x double> %31, ptr %26, align 8
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 160
  store double %19, ptr %32, align 8
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 168
  %34 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 192), align 8
  %35 = fadd <2 x double> %29, %34
  store <2 x double> %35, ptr %33, align 8
  %36 = getelementptr inbounds nuw i8, ptr %2, i64 184
  store double %20, ptr %36, align 8
  %37 = getelementptr inbounds nuw i8, ptr %2, i64 192
  %38 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 216), align 8
  %39 = fadd <2 x double> %34, %38
  store <2 x double> %39, ptr %37, align 8
  %40 = getelementptr inbounds nuw i8, ptr %2, i64 208
  store double %21, ptr %40, align 8
  %41 = getelementptr inbounds nuw i8, ptr %2, i64 216
  %42 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 240), align 8
  %43 = fadd <2 x double> %38, %42
  store <2 x double> %43, ptr %41, align 8
  %44 = getelementptr inbounds nuw i8, ptr %2, i64 232
  store double %22, ptr %44, align 8
  %45 = getelementptr inbounds nuw i8, ptr %2, i64 240
  %46 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 264), align 8
  %47 = fadd <2 x double> %42, %46
  store <2 x double> %47, ptr %45, align 8
  %48 = getelementptr inbounds nuw i8, ptr %2, i64 256
  store double %23, ptr %48, align 8
  %49 = getelementptr inbounds nuw i8, ptr %2, i64 264
  %50 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 288), align 8
  %51 = fadd <2 x double> %46, %50
  store <2 x double> %51, ptr %49, align 8
  %52 = getelementptr inbounds nuw i8, ptr %2, i64 280
  %53 = getelementptr inbounds nuw i8, ptr %2, i64 288
  %54 = getelementptr inbounds nuw i8, ptr %2, i64 304
  %55 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 304), align 8
  %56 = extractelement <2 x double> %55, i64 0
  %57 = fadd double %11, %56
  %58 = shufflevector <2 x double> %31, <2 x double> poison, <2 x i32> <i32 poison, i32 0>
  %59 = insertelement <2 x double> %58, double %18, i64 0
  %60 = fadd <2 x double> %59, %55
  store double %57, ptr %52, align 8
  %61 = shufflevector <2 x double> %55, <2 x double> poison, <2 x i32> <i32 1, i32 poison>
  %62 = insertelement <2 x double> %61, double %30, i64 1
  %63 = fadd <2 x double> %50, %62
  store <2 x double> %63, ptr %53, align 8
  store <2 x double> %60, ptr %54, align 8
  %64 = getelementptr inbounds nuw i8, ptr %2, i64 320
  store i32 %17, ptr %64, align 8, !tbaa !6
  %65 = getelementptr inbounds nuw i8, ptr %2, i64 324
  store i32 %13, ptr %65, align 4
  call void @sink(ptr noundef nonnull %2, i64 noundef 328) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  ret void
}

declare void @sink(ptr noundef, i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local [2 x i64] @pair_swap([2 x i64] %0) local_unnamed_addr #0 {
  %2 = extractvalue [2 x i64] %0, 0
  %3 = extractvalue [2 x i64] %0, 1
  %4 = insertvalue [2 x i64] poison, i64 %3, 0
  %5 = insertvalue [2 x i64] %4, i64 %2, 1
  ret [2 x i64] %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @small_sum(i64 %0) local_unnamed_addr #0 {
  %2 = trunc i64 %0 to i32
  %3 = lshr i64 %0, 32
  %4 = trunc i64 %3 to i16
  %5 = lshr i64 %0, 48
  %6 = trunc i64 %5 to i8
  %7 = sext i16 %4 to i32
  %8 = add nsw i32 %7, %2
  %9 = sext i8 %6 to i32
  %10 = add nsw i32 %8, %9
  ret i32 %10
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @pair_total(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #8 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %71

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp ult i32 %1, 8
  br i1 %6, label %68, label %7

7:                                                ; preds = %4
  %8 = and i64 %5, 2147483640
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %62, %9 ]
  %11 = phi <4 x i32> [ zeroinitializer, %7 ], [ %60, %9 ]
  %12 = phi <4 x i32> [ zeroinitializer, %7 ], [ %61, %9 ]
  %13 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %10
  %14 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %10
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 64
  %16 = load <8 x i64>, ptr %13, align 4
  %17 = shufflevector <8 x i64> %16, <8 x i64> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  %18 = shufflevector <8 x i64> %16, <8 x i64> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  %19 = load <8 x i64>, ptr %15, align 4
  %20 = shufflevector <8 x i64> %19, <8 x i64> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  %21 = shufflevector <8 x i64> %19, <8 x i64> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  %22 = trunc <4 x i64> %18 to <4 x i32>
  %23 = trunc <4 x i64> %21 to <4 x i32>
  %24 = lshr <4 x i64> %18, splat (i64 32)
  %25 = lshr <4 x i64> %21, splat (i64 32)
  %26 = trunc <4 x i64> %24 to <4 x i16>
  %27 = trunc <4 x i64> %25 to <4 x i16>
  %28 = lshr <4 x i64> %18, splat (i64 48)
  %29 = lshr <4 x i64> %21, splat (i64 48)
  %30 = trunc <4 x i64> %28 to <4 x i8>
  %31 = trunc <4 x i64> %29 to <4 x i8>
  %32 = sext <4 x i16> %26 to <4 x i32>
  %33 = sext <4 x i16> %27 to <4 x i32>
  %34 = sext <4 x i8> %30 to <4 x i32>
  %35 = sext <4 x i8> %31 to <4 x i32>
  %36 = trunc <4 x i64> %17 to <4 x i32>
  %37 = trunc <4 x i64> %20 to <4 x i32>
  %38 = lshr <4 x i64> %17, splat (i64 32)
  %39 = lshr <4 x i64> %20, splat (i64 32)
  %40 = trunc <4 x i64> %38 to <4 x i16>
  %41 = trunc <4 x i64> %39 to <4 x i16>
  %42 = lshr <4 x i64> %17, splat (i64 48)
  %43 = lshr <4 x i64> %20, splat (i64 48)
  %44 = trunc <4 x i64> %42 to <4 x i8>
  %45 = trunc <4 x i64> %43 to <4 x i8>
  %46 = sext <4 x i16> %40 to <4 x i32>
  %47 = sext <4 x i16> %41 to <4 x i32>
  %48 = sext <4 x i8> %44 to <4 x i32>
  %49 = sext <4 x i8> %45 to <4 x i32>
  %50 = add <4 x i32> %11, %22
  %51 = add <4 x i32> %12, %23
  %52 = add <4 x i32> %36, %46
  %53 = add <4 x i32> %37, %47
  %54 = add <4 x i32> %52, %48
  %55 = add <4 x i32> %53, %49
  %56 = sub <4 x i32> %50, %54
  %57 = sub <4 x i32> %51, %55
  %58 = add <4 x i32> %56, %32
  %59 = add <4 x i32> %57, %33
  %60 = add <4 x i32> %58, %34
  %61 = add <4 x i32> %59, %35
  %62 = add nuw i64 %10, 8
  %63 = icmp eq i64 %62, %8
  br i1 %63, label %64, label %9, !llvm.loop !19

64:                                               ; preds = %9
  %65 = add <4 x i32> %61, %60
  %66 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %65)
  %67 = icmp eq i64 %8, %5
  br i1 %67, label %71, label %68

68:                                               ; preds = %4, %64
  %69 = phi i64 [ 0, %4 ], [ %8, %64 ]
  %70 = phi i32 [ 0, %4 ], [ %66, %64 ]
  br label %73

71:                                               ; preds = %73, %64, %2
  %72 = phi i32 [ 0, %2 ], [ %66, %64 ], [ %99, %73 ]
  ret i32 %72

73:                                               ; preds = %68, %73
  %74 = phi i64 [ %100, %73 ], [ %69, %68 ]
  %75 = phi i32 [ %99, %73 ], [ %70, %68 ]
  %76 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %74
  %77 = load i64, ptr %76, align 4
  %78 = getelementptr inbounds nuw i8, ptr %76, i64 8
  %79 = load i64, ptr %78, align 4
  %80 = trunc i64 %79 to i32
  %81 = lshr i64 %79, 32
  %82 = trunc i64 %81 to i16
  %83 = lshr i64 %79, 48
  %84 = trunc i64 %83 to i8
  %85 = sext i16 %82 to i32
  %86 = sext i8 %84 to i32
  %87 = trunc i64 %77 to i32
  %88 = lshr i64 %77, 32
  %89 = trunc i64 %88 to i16
  %90 = lshr i64 %77, 48
  %91 = trunc i64 %90 to i8
  %92 = sext i16 %89 to i32
  %93 = sext i8 %91 to i32
  %94 = add i32 %75, %80
  %95 = add i32 %87, %92
  %96 = add i32 %95, %93
  %97 = sub i32 %94, %96
  %98 = add i32 %97, %85
  %99 = add i32 %98, %86
  %100 = add nuw nsw i64 %74, 1
  %101 = icmp eq i64 %100, %5
  br i1 %101, label %71, label %73, !llvm.loop !23
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable writeonly sret(%struct.with_array) align 4 captures(none) initializes((0, 132)) %0, ptr dead_on_return noundef captures(none) %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = load <4 x i32>, ptr %1, align 4, !tbaa !6
  %5 = insertelement <4 x i32> poison, i32 %2, i64 0
  %6 = shufflevector <4 x i32> %5, <4 x i32> poison, <4 x i32> zeroinitializer
  %7 = mul nsw <4 x i32> %4, %6
  store <4 x i32> %7, ptr %1, align 4, !tbaa !6
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %9 = load <4 x i32>, ptr %8, align 4, !tbaa !6
  %10 = mul nsw <4 x i32> %9, %6
  store <4 x i32> %10, ptr %8, align 4, !tbaa !6
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %12 = load <4 x i32>, ptr %11, align 4, !tbaa !6
  %13 = mul nsw <4 x i32> %12, %6
  store <4 x i32> %13, ptr %11, align 4, !tbaa !6
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %15 = load <4 x i32>, ptr %14, align 4, !tbaa !6
  %16 = mul nsw <4 x i32> %15, %6
  store <4 x i32> %16, ptr %14, align 4, !tbaa !6
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 64
  %18 = load <4 x i32>, ptr %17, align 4, !tbaa !6
  %19 = mul nsw <4 x i32> %18, %6
  store <4 x i32> %19, ptr %17, align 4, !tbaa !6
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %21 = load <4 x i32>, ptr %20, align 4, !tbaa !6
  %22 = mul nsw <4 x i32> %21, %6
  store <4 x i32> %22, ptr %20, align 4, !tbaa !6
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 96
  %24 = load <4 x i32>, ptr %23, align 4, !tbaa !6
  %25 = mul nsw <4 x i32> %24, %6
  store <4 x i32> %25, ptr %23, align 4, !tbaa !6
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 112
  %27 = load <4 x i32>, ptr %26, align 4, !tbaa !6
  %28 = mul nsw <4 x i32> %27, %6
  store <4 x i32> %28, ptr %26, align 4, !tbaa !6
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 128
  %30 = load i32, ptr %29, align 4, !tbaa !6
  %31 = mul nsw i32 %30, %2
  store i32 %31, ptr %29, align 4, !tbaa !6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 4 dereferenceable(132) %1, i64 132, i1 false), !tbaa.struct !24
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @array_copy_chain(ptr noundef writeonly captures(none) initializes((0, 132)) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 64
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 96
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 112
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 128
  %12 = load i32, ptr %11, align 4, !tbaa !18
  %13 = mul nsw i32 %12, %2
  %14 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %15 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 48
  %17 = getelementptr inbounds nuw i8, ptr %0, i64 64
  %18 = getelementptr inbounds nuw i8, ptr %0, i64 80
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 96
  %20 = getelementptr inbounds nuw i8, ptr %0, i64 112
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 128
  %22 = add nsw i32 %2, 1
  %23 = mul nsw i32 %13, %22
  %24 = load <4 x i32>, ptr %1, align 4
  %25 = insertelement <4 x i32> poison, i32 %2, i64 0
  %26 = shufflevector <4 x i32> %25, <4 x i32> poison, <4 x i32> zeroinitializer
  %27 = mul nsw <4 x i32> %24, %26
  %28 = insertelement <4 x i32> poison, i32 %22, i64 0
  %29 = shufflevector <4 x i32> %28, <4 x i32> poison, <4 x i32> zeroinitializer
  %30 = mul nsw <4 x i32> %27, %29
  %31 = load <4 x i32>, ptr %4, align 4
  %32 = mul nsw <4 x i32> %31, %26
  %33 = mul nsw <4 x i32> %32, %29
  %34 = load <4 x i32>, ptr %5, align 4
  %35 = mul nsw <4 x i32> %34, %26
  %36 = mul nsw <4 x i32> %35, %29
  %37 = load <4 x i32>, ptr %6, align 4
  %38 = mul nsw <4 x i32> %37, %26
  %39 = mul nsw <4 x i32> %38, %29
  %40 = load <4 x i32>, ptr %7, align 4
  %41 = mul nsw <4 x i32> %40, %26
  %42 = mul nsw <4 x i32> %41, %29
  %43 = load <4 x i32>, ptr %8, align 4
  %44 = mul nsw <4 x i32> %43, %26
  %45 = mul nsw <4 x i32> %44, %29
  %46 = load <4 x i32>, ptr %9, align 4
  %47 = mul nsw <4 x i32> %46, %26
  %48 = mul nsw <4 x i32> %47, %29
  %49 = load <4 x i32>, ptr %10, align 4
  %50 = mul nsw <4 x i32> %49, %26
  %51 = mul nsw <4 x i32> %50, %29
  store <4 x i32> %30, ptr %0, align 4
  store <4 x i32> %33, ptr %14, align 4
  store <4 x i32> %36, ptr %15, align 4
  store <4 x i32> %39, ptr %16, align 4
  store <4 x i32> %42, ptr %17, align 4
  store <4 x i32> %45, ptr %18, align 4
  store <4 x i32> %48, ptr %19, align 4
  store <4 x i32> %51, ptr %20, align 4
  store i32 %23, ptr %21, align 4, !tbaa !18
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #9

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nounwind }

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
!10 = !{!11, !12, i64 0}
!11 = !{!"big", !12, i64 0, !8, i64 8, !8, i64 128, !7, i64 320}
!12 = !{!"long", !8, i64 0}
!13 = !{!11, !7, i64 320}
!14 = !{!15, !15, i64 0}
!15 = !{!"double", !8, i64 0}
!16 = !{i64 0, i64 8, !17, i64 8, i64 120, !18, i64 128, i64 192, !18, i64 320, i64 4, !6}
!17 = !{!12, !12, i64 0}
!18 = !{!8, !8, i64 0}
!19 = distinct !{!19, !20, !21, !22}
!20 = !{!"llvm.loop.mustprogress"}
!21 = !{!"llvm.loop.isvectorized", i32 1}
!22 = !{!"llvm.loop.unroll.runtime.disable"}
!23 = distinct !{!23, !20, !22, !21}
!24 = !{i64 0, i64 132, !18}
