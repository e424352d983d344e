; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { i64, [120 x i8], [8 x %struct.vec3], i32 }
%struct.vec3 = type { double, double, double }
%struct.pair = type { %struct.small, %struct.small }
%struct.small = type { i32, i16, i8 }
%struct.with_array = type { [33 x i32] }

@global_big = internal global %struct.big zeroinitializer, align 8
@global_ptr = dso_local local_unnamed_addr global ptr @global_big, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @vec3_add(ptr dead_on_unwind noalias writable writeonly sret(%struct.vec3) align 8 captures(none) initializes((0, 24)) %0, ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %1, ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %2) local_unnamed_addr #0 {
  %4 = load <2 x double>, ptr %1, align 8, !tbaa !9
  %5 = load <2 x double>, ptr %2, align 8, !tbaa !9
  %6 = fadd <2 x double> %4, %5
  store <2 x double> %6, ptr %0, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %9 = load double, ptr %8, align 8, !tbaa !11
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %11 = load double, ptr %10, align 8, !tbaa !11
  %12 = fadd double %9, %11
  store double %12, ptr %7, align 8, !tbaa !11
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @vec3_dot(ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %0, ptr noundef readonly byval(%struct.vec3) align 8 captures(none) %1) local_unnamed_addr #1 {
  %3 = load double, ptr %0, align 8, !tbaa !13
  %4 = load double, ptr %1, align 8, !tbaa !13
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %6 = load double, ptr %5, align 8, !tbaa !14
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %8 = load double, ptr %7, align 8, !tbaa !14
  %9 = fmul double %6, %8
  %10 = tail call double @llvm.fmuladd.f64(double %3, double %4, double %9)
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %12 = load double, ptr %11, align 8, !tbaa !11
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %14 = load double, ptr %13, align 8, !tbaa !11
  %15 = tail call double @llvm.fmuladd.f64(double %12, double %14, double %10)
  ret double %15
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @big_update(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 328)) %0, ptr noundef byval(%struct.big) align 8 captures(none) initializes((0, 8)) %1, i64 noundef %2) local_unnamed_addr #0 {
  store i64 %2, ptr %1, align 8, !tbaa !15
  %4 = trunc i64 %2 to i32
  %5 = and i32 %4, 31
  %6 = shl nuw i32 1, %5
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 320
  %8 = load i32, ptr %7, align 8, !tbaa !18
  %9 = or i32 %8, %6
  store i32 %9, ptr %7, align 8, !tbaa !18
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 128
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 152
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 160
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 168
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 144
  %15 = load double, ptr %14, align 8
  %16 = load <2 x double>, ptr %11, align 8
  %17 = load <2 x double>, ptr %10, align 8
  %18 = fadd <2 x double> %16, %17
  store <2 x double> %18, ptr %10, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 176
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 184
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 192
  %22 = load <2 x double>, ptr %13, align 8
  %23 = shufflevector <2 x double> %16, <2 x double> poison, <2 x i32> <i32 poison, i32 0>
  %24 = insertelement <2 x double> %23, double %15, i64 0
  %25 = fadd <2 x double> %22, %24
  store <2 x double> %25, ptr %14, align 8, !tbaa !9
  %26 = load <2 x double>, ptr %20, align 8
  %27 = shufflevector <2 x double> %16, <2 x double> %22, <2 x i32> <i32 1, i32 2>
  %28 = fadd <2 x double> %26, %27
  store <2 x double> %28, ptr %12, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 200
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 208
  %31 = getelementptr inbounds nuw i8, ptr %1, i64 216
  %32 = load <2 x double>, ptr %29, align 8
  %33 = shufflevector <2 x double> %22, <2 x double> %26, <2 x i32> <i32 1, i32 2>
  %34 = fadd <2 x double> %32, %33
  store <2 x double> %34, ptr %19, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 224
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 232
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 240
  %38 = load <2 x double>, ptr %31, align 8
  %39 = shufflevector <2 x double> %26, <2 x double> %32, <2 x i32> <i32 1, i32 2>
  %40 = fadd <2 x double> %38, %39
  store <2 x double> %40, ptr %21, align 8, !tbaa !9
  %41 = load <2 x double>, ptr %36, align 8
  %42 = shufflevector <2 x double> %32, <2 x double> %38, <2 x i32> <i32 1, i32 2>
  %43 = fadd <2 x double> %41, %42
  store <2 x double> %43, ptr %30, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw i8, ptr %1, i64 248
  %45 = getelementptr inbounds nuw i8, ptr %1, i64 256
  %46 = getelementptr inbounds nuw i8, ptr %1, i64 264
  %47 = load <2 x double>, ptr %44, align 8
  %48 = shufflevector <2 x double> %38, <2 x double> %41, <2 x i32> <i32 1, i32 2>
  %49 = fadd <2 x double> %47, %48
  store <2 x double> %49, ptr %35, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw i8, ptr %1, i64 272
  %51 = getelementptr inbounds nuw i8, ptr %1, i64 280
  %52 = getelementptr inbounds nuw i8, ptr %1, i64 288
  %53 = load <2 x double>, ptr %46, align 8
  %54 = shufflevector <2 x double> %41, <2 x double> %47, <2 x i32> <i32 1, i32 2>
  %55 = fadd <2 x double> %53, %54
  store <2 x double> %55, ptr %37, align 8, !tbaa !9
  %56 = load <2 x double>, ptr %51, align 8
  %57 = shufflevector <2 x double> %47, <2 x double> %53, <2 x i32> <i32 1, i32 2>
  %58 = fadd <2 x double> %56, %57
  store <2 x double> %58, ptr %45, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw i8, ptr %1, i64 296
  %60 = getelementptr inbounds nuw i8, ptr %1, i64 304
  %61 = getelementptr inbounds nuw i8, ptr %1, i64 312
  %62 = load double, ptr %61, align 8
  %63 = load <2 x double>, ptr %59, align 8
  %64 = shufflevector <2 x double> %53, <2 x double> %56, <2 x i32> <i32 1, i32 2>
  %65 = fadd <2 x double> %63, %64
  store <2 x double> %65, ptr %50, align 8, !tbaa !9
  %66 = shufflevector <2 x double> %18, <2 x double> poison, <2 x i32> <i32 poison, i32 0>
  %67 = insertelement <2 x double> %66, double %62, i64 0
  %68 = shufflevector <2 x double> %56, <2 x double> %63, <2 x i32> <i32 1, i32 2>
  %69 = fadd <2 x double> %67, %68
  store <2 x double> %69, ptr %52, align 8, !tbaa !9
  %70 = shufflevector <2 x double> %18, <2 x double> %25, <2 x i32> <i32 1, i32 2>
  %71 = shufflevector <2 x double> %63, <2 x double> poison, <2 x i32> <i32 1, i32 poison>
  %72 = insertelement <2 x double> %71, double %62, i64 1
  %73 = fadd <2 x double> %70, %72
  store <2 x double> %73, ptr %60, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) %0, ptr noundef nonnull align 8 dereferenceable(328) %1, i64 328, i1 false), !tbaa.struct !19
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
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) @global_big, ptr noundef nonnull align 8 dereferenceable(328) %0, i64 328, i1 false), !tbaa.struct !19
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local void @big_roundtrip(i64 noundef %0) local_unnamed_addr #6 {
  %2 = alloca %struct.big, align 8
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(120) %3, ptr noundef nonnull align 8 dereferenceable(120) getelementptr inbounds nuw (i8, ptr @global_big, i64 8), i64 120, i1 false)
  %4 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 144), align 8
  %5 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 312), align 8, !tbaa !21
  %6 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 320), align 8, !tbaa !5
  %7 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 324), align 4
  %8 = trunc i64 %0 to i32
  %9 = and i32 %8, 31
  %10 = shl nuw i32 1, %9
  %11 = or i32 %6, %10
  store i64 %0, ptr %2, align 8, !tbaa !20
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 128
  %13 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 128), align 8
  %14 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 152), align 8
  %15 = fadd <2 x double> %13, %14
  store <2 x double> %15, ptr %12, align 8
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 144
  %17 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 168), align 8
  %18 = shufflevector <2 x double> %14, <2 x double> poison, <2 x i32> <i32 poison, i32 0>
  %19 = insertelement <2 x double> %18, double %4, i64 0
  %20 = fadd <2 x double> %19, %17
  store <2 x double> %20, ptr %16, align 8
  %21 = getelementptr inbounds nuw i8, ptr %2, i64 160
  %22 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 184), align 8
  %23 = shufflevector <2 x double> %14, <2 x double> %17, <2 x i32> <i32 1, i32 2>
  %24 = fadd <2 x double> %23, %22
  store <2 x double> %24, ptr %21, align 8
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 176
  %26 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 200), align 8
  %27 = shufflevector <2 x double> %17, <2 x double> %22, <2 x i32> <i32 1, i32 2>
  %28 = fadd <2 x double> %27, %26
  store <2 x double> %28, ptr %25, align 8
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 192
  %30 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 216), align 8
  %31 = shufflevector <2 x double> %22, <2 x double> %26, <2 x i32> <i32 1, i32 2>
  %32 = fadd <2 x double> %31, %30
  store <2 x double> %32, ptr %29, align 8
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 208
  %34 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 232), align 8
  %35 = shufflevector <2 x double> %26, <2 x double> %30, <2 x i32> <i32 1, i32 2>
  %36 = fadd <2 x double> %35, %34
  store <2 x double> %36, ptr %33, align 8
  %37 = getelementptr inbounds nuw i8, ptr %2, i64 224
  %38 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 248), align 8
  %39 = shufflevector <2 x double> %30, <2 x double> %34, <2 x i32> <i32 1, i32 2>
  %40 = fadd <2 x double> %39, %38
  store <2 x double> %40, ptr %37, align 8
  %41 = getelementptr inbounds nuw i8, ptr %2, i64 240
  %42 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 264), align 8
  %43 = shufflevector <2 x double> %34, <2 x double> %38, <2 x i32> <i32 1, i32 2>
  %44 = fadd <2 x double> %43, %42
  store <2 x double> %44, ptr %41, align 8
  %45 = getelementptr inbounds nuw i8, ptr %2, i64 256
  %46 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 280), align 8
  %47 = shufflevector <2 x double> %38, <2 x double> %42, <2 x i32> <i32 1, i32 2>
  %48 = fadd <2 x double> %47, %46
  store <2 x double> %48, ptr %45, align 8
  %49 = getelementptr inbounds nuw i8, ptr %2, i64 272
  %50 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 296), align 8
  %51 = shufflevector <2 x double> %42, <2 x double> %46, <2 x i32> <i32 1, i32 2>
  %52 = fadd <2 x double> %51, %50
  store <2 x double> %52, ptr %49, align 8
  %53 = getelementptr inbounds nuw i8, ptr %2, i64 288
  %54 = shufflevector <2 x double> %46, <2 x double> %15, <2 x i32> <i32 1, i32 2>
  %55 = shufflevector <2 x double> %50, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %56 = insertelement <2 x double> %55, double %5, i64 0
  %57 = fadd <2 x double> %54, %56
  store <2 x double> %57, ptr %53, align 8
  %58 = getelementptr inbounds nuw i8, ptr %2, i64 304
  %59 = shufflevector <2 x double> %15, <2 x double> %20, <2 x i32> <i32 1, i32 2>
  %60 = insertelement <2 x double> %55, double %5, i64 1
  %61 = fadd <2 x double> %59, %60
  store <2 x double> %61, ptr %58, align 8
  %62 = getelementptr inbounds nuw i8, ptr %2, i64 320
  store i32 %11, ptr %62, align 8, !tbaa !5
  %63 = getelementptr inbounds nuw i8, ptr %2, i64 324
  store i32 %7, ptr %63, align 4
  call void @sink(ptr noundef nonnull %2, i64 noundef 328) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #11
  ret void
}

declare void @sink(ptr noundef, i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i64 } @pair_swap(i64 %0, i64 %1) local_unnamed_addr #8 {
  %3 = insertvalue { i64, i64 } poison, i64 %1, 0
  %4 = insertvalue { i64, i64 } %3, i64 %0, 1
  ret { i64, i64 } %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @small_sum(i64 %0) local_unnamed_addr #8 {
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
define dso_local i32 @pair_total(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #9 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi i32 [ 0, %2 ], [ %34, %8 ]
  ret i32 %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %35, %8 ]
  %10 = phi i32 [ 0, %4 ], [ %34, %8 ]
  %11 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %9
  %12 = load i64, ptr %11, align 4
  %13 = getelementptr inbounds nuw i8, ptr %11, i64 8
  %14 = load i64, ptr %13, align 4
  %15 = trunc i64 %14 to i32
  %16 = lshr i64 %14, 32
  %17 = trunc i64 %16 to i16
  %18 = lshr i64 %14, 48
  %19 = trunc i64 %18 to i8
  %20 = sext i16 %17 to i32
  %21 = sext i8 %19 to i32
  %22 = trunc i64 %12 to i32
  %23 = lshr i64 %12, 32
  %24 = trunc i64 %23 to i16
  %25 = lshr i64 %12, 48
  %26 = trunc i64 %25 to i8
  %27 = sext i16 %24 to i32
  %28 = sext i8 %26 to i32
  %29 = add i32 %10, %15
  %30 = add i32 %22, %27
  %31 = add i32 %30, %28
  %32 = sub i32 %29, %31
  %33 = add i32 %32, %20
  %34 = add i32 %33, %21
  %35 = add nuw nsw i64 %9, 1
  %36 = icmp eq i64 %35, %5
  br i1 %36, label %6, label %8, !llvm.loop !22
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable writeonly sret(%struct.with_array) align 4 captures(none) %0, ptr noundef byval(%struct.with_array) align 8 captures(none) %1, i32 noundef %2) local_unnamed_addr #10 {
  %4 = insertelement <4 x i32> poison, i32 %2, i64 0
  %5 = shufflevector <4 x i32> %4, <4 x i32> poison, <4 x i32> zeroinitializer
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %7 = load <4 x i32>, ptr %1, align 8, !tbaa !5
  %8 = load <4 x i32>, ptr %6, align 8, !tbaa !5
  %9 = mul nsw <4 x i32> %7, %5
  %10 = mul nsw <4 x i32> %8, %5
  store <4 x i32> %9, ptr %1, align 8, !tbaa !5
  store <4 x i32> %10, ptr %6, align 8, !tbaa !5
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %13 = load <4 x i32>, ptr %11, align 8, !tbaa !5
  %14 = load <4 x i32>, ptr %12, align 8, !tbaa !5
  %15 = mul nsw <4 x i32> %13, %5
  %16 = mul nsw <4 x i32> %14, %5
  store <4 x i32> %15, ptr %11, align 8, !tbaa !5
  store <4 x i32> %16, ptr %12, align 8, !tbaa !5
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 64
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %19 = load <4 x i32>, ptr %17, align 8, !tbaa !5
  %20 = load <4 x i32>, ptr %18, align 8, !tbaa !5
  %21 = mul nsw <4 x i32> %19, %5
  %22 = mul nsw <4 x i32> %20, %5
  store <4 x i32> %21, ptr %17, align 8, !tbaa !5
  store <4 x i32> %22, ptr %18, align 8, !tbaa !5
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 96
  %24 = getelementptr inbounds nuw i8, ptr %1, i64 112
  %25 = load <4 x i32>, ptr %23, align 8, !tbaa !5
  %26 = load <4 x i32>, ptr %24, align 8, !tbaa !5
  %27 = mul nsw <4 x i32> %25, %5
  %28 = mul nsw <4 x i32> %26, %5
  store <4 x i32> %27, ptr %23, align 8, !tbaa !5
  store <4 x i32> %28, ptr %24, align 8, !tbaa !5
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 128
  %30 = load i32, ptr %29, align 8, !tbaa !5
  %31 = mul nsw i32 %30, %2
  store i32 %31, ptr %29, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 8 dereferenceable(132) %1, i64 132, i1 false), !tbaa.struct !24
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @array_copy_chain(ptr noundef writeonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #10 {
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 128
  %5 = load i32, ptr %4, align 4
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 112
  %7 = load <4 x i32>, ptr %6, align 4
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 96
  %9 = load <4 x i32>, ptr %8, align 4
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %11 = load <4 x i32>, ptr %10, align 4
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 64
  %13 = load <4 x i32>, ptr %12, align 4
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %15 = load <4 x i32>, ptr %14, align 4
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %17 = load <4 x i32>, ptr %16, align 4
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %19 = load <4 x i32>, ptr %18, align 4
  %20 = load <4 x i32>, ptr %1, align 4
  %21 = insertelement <4 x i32> poison, i32 %2, i64 0
  %22 = shufflevector <4 x i32> %21, <4 x i32> poison, <4 x i32> zeroinitializer
  %23 = mul nsw <4 x i32> %7, %22
  %24 = add nsw i32 %2, 1
  %25 = insertelement <4 x i32> poison, i32 %24, i64 0
  %26 = shufflevector <4 x i32> %25, <4 x i32> poison, <4 x i32> zeroinitializer
  %27 = mul nsw <4 x i32> %23, %26
  %28 = mul nsw <4 x i32> %9, %22
  %29 = mul nsw <4 x i32> %28, %26
  %30 = mul nsw <4 x i32> %11, %22
  %31 = mul nsw <4 x i32> %30, %26
  %32 = mul nsw <4 x i32> %13, %22
  %33 = mul nsw <4 x i32> %32, %26
  %34 = mul nsw <4 x i32> %15, %22
  %35 = mul nsw <4 x i32> %34, %26
  %36 = mul nsw <4 x i32> %17, %22
  %37 = mul nsw <4 x i32> %36, %26
  %38 = mul nsw <4 x i32> %19, %22
  %39 = mul nsw <4 x i32> %38, %26
  %40 = mul nsw <4 x i32> %20, %22
  %41 = mul nsw <4 x i32> %40, %26
  %42 = mul nsw i32 %5, %2
  %43 = mul nsw i32 %42, %24
  store <4 x i32> %41, ptr %0, align 4
  %44 = getelementptr inbounds nuw i8, ptr %0, i64 16
  store <4 x i32> %39, ptr %44, align 4
  %45 = getelementptr inbounds nuw i8, ptr %0, i64 32
  store <4 x i32> %37, ptr %45, align 4
  %46 = getelementptr inbounds nuw i8, ptr %0, i64 48
  store <4 x i32> %35, ptr %46, align 4
  %47 = getelementptr inbounds nuw i8, ptr %0, i64 64
  store <4 x i32> %33, ptr %47, align 4
  %48 = getelementptr inbounds nuw i8, ptr %0, i64 80
  store <4 x i32> %31, ptr %48, align 4
  %49 = getelementptr inbounds nuw i8, ptr %0, i64 96
  store <4 x i32> %29, ptr %49, align 4
  %50 = getelementptr inbounds nuw i8, ptr %0, i64 112
  store <4 x i32> %27, ptr %50, align 4
  %51 = getelementptr inbounds nuw i8, ptr %0, i64 128
  store i32 %43, ptr %51, align 4
  ret void
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nounwind }

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
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = !{!12, !10, i64 16}
!12 = !{!"vec3", !10, i64 0, !10, i64 8, !10, i64 16}
!13 = !{!12, !10, i64 0}
!14 = !{!12, !10, i64 8}
!15 = !{!16, !17, i64 0}
!16 = !{!"big", !17, i64 0, !7, i64 8, !7, i64 128, !6, i64 320}
!17 = !{!"long", !7, i64 0}
!18 = !{!16, !6, i64 320}
!19 = !{i64 0, i64 8, !20, i64 8, i64 120, !21, i64 128, i64 192, !21, i64 320, i64 4, !5}
!20 = !{!17, !17, i64 0}
!21 = !{!7, !7, i64 0}
!22 = distinct !{!22, !23}
!23 = !{!"llvm.loop.mustprogress"}
!24 = !{i64 0, i64 132, !21}
