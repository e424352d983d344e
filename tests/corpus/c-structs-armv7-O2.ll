; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

%struct.big = type { i64, [120 x i8], [8 x %struct.vec3], i32 }
%struct.vec3 = type { double, double, double }
%struct.pair = type { %struct.small, %struct.small }
%struct.small = type { i32, i16, i8 }
%struct.with_array = type { [33 x i32] }

@global_big = internal global %struct.big zeroinitializer, align 8
@global_ptr = dso_local local_unnamed_addr global ptr @global_big, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local %struct.vec3 @vec3_add(%struct.vec3 %0, %struct.vec3 %1) local_unnamed_addr #0 {
  %3 = extractvalue %struct.vec3 %0, 0
  %4 = extractvalue %struct.vec3 %0, 1
  %5 = extractvalue %struct.vec3 %0, 2
  %6 = extractvalue %struct.vec3 %1, 0
  %7 = extractvalue %struct.vec3 %1, 1
  %8 = extractvalue %struct.vec3 %1, 2
  %9 = fadd double %3, %6
  %10 = fadd double %4, %7
  %11 = fadd double %5, %8
  %12 = insertvalue %struct.vec3 poison, double %9, 0
  %13 = insertvalue %struct.vec3 %12, double %10, 1
  %14 = insertvalue %struct.vec3 %13, double %11, 2
  ret %struct.vec3 %14
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local double @vec3_dot(%struct.vec3 %0, %struct.vec3 %1) local_unnamed_addr #0 {
  %3 = extractvalue %struct.vec3 %0, 0
  %4 = extractvalue %struct.vec3 %0, 1
  %5 = extractvalue %struct.vec3 %0, 2
  %6 = extractvalue %struct.vec3 %1, 0
  %7 = extractvalue %struct.vec3 %1, 1
  %8 = extractvalue %struct.vec3 %1, 2
  %9 = fmul double %4, %7
  %10 = tail call double @llvm.fmuladd.f64(double %3, double %6, double %9)
  %11 = tail call double @llvm.fmuladd.f64(double %5, double %8, double %10)
  ret double %11
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local void @big_update(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 328)) %0, ptr noundef byval(%struct.big) align 8 captures(none) initializes((0, 8)) %1, i64 noundef %2) local_unnamed_addr #2 {
  store i64 %2, ptr %1, align 8, !tbaa !9
  %4 = trunc i64 %2 to i32
  %5 = and i32 %4, 31
  %6 = shl nuw i32 1, %5
  %7 = getelementptr inbounds nuw i8, ptr %1, i32 320
  %8 = load i32, ptr %7, align 8, !tbaa !12
  %9 = or i32 %8, %6
  store i32 %9, ptr %7, align 8, !tbaa !12
  %10 = getelementptr inbounds nuw i8, ptr %1, i32 128
  %11 = getelementptr inbounds nuw i8, ptr %1, i32 152
  %12 = load double, ptr %10, align 8
  %13 = getelementptr inbounds nuw i8, ptr %1, i32 136
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds nuw i8, ptr %1, i32 144
  %16 = load double, ptr %15, align 8
  %17 = load double, ptr %11, align 8
  %18 = getelementptr inbounds nuw i8, ptr %1, i32 160
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds nuw i8, ptr %1, i32 168
  %21 = load double, ptr %20, align 8
  %22 = fadd double %12, %17
  %23 = fadd double %14, %19
  %24 = fadd double %16, %21
  store double %22, ptr %10, align 8, !tbaa !13
  store double %23, ptr %13, align 8, !tbaa !13
  store double %24, ptr %15, align 8, !tbaa !13
  %25 = getelementptr inbounds nuw i8, ptr %1, i32 176
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds nuw i8, ptr %1, i32 184
  %28 = load double, ptr %27, align 8
  %29 = getelementptr inbounds nuw i8, ptr %1, i32 192
  %30 = load double, ptr %29, align 8
  %31 = fadd double %17, %26
  %32 = fadd double %19, %28
  %33 = fadd double %21, %30
  store double %31, ptr %11, align 8, !tbaa !13
  store double %32, ptr %18, align 8, !tbaa !13
  store double %33, ptr %20, align 8, !tbaa !13
  %34 = getelementptr inbounds nuw i8, ptr %1, i32 200
  %35 = load double, ptr %34, align 8
  %36 = getelementptr inbounds nuw i8, ptr %1, i32 208
  %37 = load double, ptr %36, align 8
  %38 = getelementptr inbounds nuw i8, ptr %1, i32 216
  %39 = load double, ptr %38, align 8
  %40 = fadd double %26, %35
  %41 = fadd double %28, %37
  %42 = fadd double %30, %39
  store double %40, ptr %25, align 8, !tbaa !13
  store double %41, ptr %27, align 8, !tbaa !13
  store double %42, ptr %29, align 8, !tbaa !13
  %43 = getelementptr inbounds nuw i8, ptr %1, i32 224
  %44 = load double, ptr %43, align 8
  %45 = getelementptr inbounds nuw i8, ptr %1, i32 232
  %46 = load double, ptr %45, align 8
  %47 = getelementptr inbounds nuw i8, ptr %1, i32 240
  %48 = load double, ptr %47, align 8
  %49 = fadd double %35, %44
  %50 = fadd double %37, %46
  %51 = fadd double %39, %48
  store double %49, ptr %34, align 8, !tbaa !13
  store double %50, ptr %36, align 8, !tbaa !13
  store double %51, ptr %38, align 8, !tbaa !13
  %52 = getelementptr inbounds nuw i8, ptr %1, i32 248
  %53 = load double, ptr %52, align 8
  %54 = getelementptr inbounds nuw i8, ptr %1, i32 256
  %55 = load double, ptr %54, align 8
  %56 = getelementptr inbounds nuw i8, ptr %1, i32 264
  %57 = load double, ptr %56, align 8
  %58 = fadd double %44, %53
  %59 = fadd double %46, %55
  %60 = fadd double %48, %57
  store double %58, ptr %43, align 8, !tbaa !13
  store double %59, ptr %45, align 8, !tbaa !13
  store double %60, ptr %47, align 8, !tbaa !13
  %61 = getelementptr inbounds nuw i8, ptr %1, i32 272
  %62 = load double, ptr %61, align 8
  %63 = getelementptr inbounds nuw i8, ptr %1, i32 280
  %64 = load double, ptr %63, align 8
  %65 = getelementptr inbounds nuw i8, ptr %1, i32 288
  %66 = load double, ptr %65, align 8
  %67 = fadd double %53, %62
  %68 = fadd double %55, %64
  %69 = fadd double %57, %66
  store double %67, ptr %52, align 8, !tbaa !13
  store double %68, ptr %54, align 8, !tbaa !13
  store double %69, ptr %56, align 8, !tbaa !13
  %70 = getelementptr inbounds nuw i8, ptr %1, i32 296
  %71 = load double, ptr %70, align 8
  %72 = getelementptr inbounds nuw i8, ptr %1, i32 304
  %73 = load double, ptr %72, align 8
  %74 = getelementptr inbounds nuw i8, ptr %1, i32 312
  %75 = load double, ptr %74, align 8
  %76 = fadd double %62, %71
  %77 = fadd double %64, %73
  %78 = fadd double %66, %75
  store double %76, ptr %61, align 8, !tbaa !13
  store double %77, ptr %63, align 8, !tbaa !13
  store double %78, ptr %65, align 8, !tbaa !13
  %79 = fadd double %71, %22
  %80 = fadd double %73, %23
  %81 = fadd double %75, %24
  store double %79, ptr %70, align 8, !tbaa !13
  store double %80, ptr %72, align 8, !tbaa !13
  store double %81, ptr %74, align 8, !tbaa !13
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 8 dereferenceable(328) %0, ptr noundef nonnull align 8 dereferenceable(328) %1, i32 328, i1 false), !tbaa.struct !15
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local void @big_store(ptr noundef readonly captures(none) %0) local_unnamed_addr #5 {
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 8 dereferenceable(328) @global_big, ptr noundef nonnull align 8 dereferenceable(328) %0, i32 328, i1 false), !tbaa.struct !15
  ret void
}

; Function Attrs: nounwind
define dso_local void @big_roundtrip(i64 noundef %0) local_unnamed_addr #6 {
  %2 = alloca %struct.big, align 8
  %3 = getelementptr inbounds nuw i8, ptr %2, i32 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 8 dereferenceable(120) %3, ptr noundef nonnull align 8 dereferenceable(120) getelementptr inbounds nuw (i8, ptr @global_big, i32 8), i32 120, i1 false)
  %4 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 128), align 8
  %5 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 136), align 8
  %6 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 144), align 8
  %7 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 152), align 8
  %8 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 160), align 8
  %9 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 168), align 8
  %10 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 176), align 8
  %11 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 184), align 8
  %12 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 192), align 8
  %13 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 200), align 8
  %14 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 208), align 8
  %15 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 216), align 8
  %16 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 224), align 8
  %17 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 232), align 8
  %18 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 240), align 8
  %19 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 248), align 8
  %20 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 256), align 8
  %21 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 264), align 8
  %22 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 272), align 8
  %23 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 280), align 8
  %24 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 288), align 8
  %25 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 296), align 8
  %26 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 304), align 8
  %27 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 312), align 8, !tbaa !17
  %28 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 320), align 8, !tbaa !5
  %29 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i32 324), align 4
  %30 = trunc i64 %0 to i32
  %31 = and i32 %30, 31
  %32 = shl nuw i32 1, %31
  %33 = or i32 %28, %32
  %34 = fadd double %4, %7
  %35 = fadd double %5, %8
  %36 = fadd double %6, %9
  %37 = fadd double %7, %10
  %38 = fadd double %8, %11
  %39 = fadd double %9, %12
  %40 = fadd double %10, %13
  %41 = fadd double %11, %14
  %42 = fadd double %12, %15
  %43 = fadd double %13, %16
  %44 = fadd double %14, %17
  %45 = fadd double %15, %18
  %46 = fadd double %16, %19
  %47 = fadd double %17, %20
  %48 = fadd double %18, %21
  %49 = fadd double %19, %22
  %50 = fadd double %20, %23
  %51 = fadd double %21, %24
  %52 = fadd double %22, %25
  %53 = fadd double %23, %26
  %54 = fadd double %24, %27
  %55 = fadd double %34, %25
  %56 = fadd double %35, %26
  %57 = fadd double %36, %27
  store i64 %0, ptr %2, align 8, !tbaa !16
  %58 = getelementptr inbounds nuw i8, ptr %2, i32 128
  store double %34, ptr %58, align 8
  %59 = getelementptr inbounds nuw i8, ptr %2, i32 136
  store double %35, ptr %59, align 8
  %60 = getelementptr inbounds nuw i8, ptr %2, i32 144
  store double %36, ptr %60, align 8
  %61 = getelementptr inbounds nuw i8, ptr %2, i32 152
  store double %37, ptr %61, align 8
  %62 = getelementptr inbounds nuw i8, ptr %2, i32 160
  store double %38, ptr %62, align 8
  %63 = getelementptr inbounds nuw i8, ptr %2, i32 168
  store double %39, ptr %63, align 8
  %64 = getelementptr inbounds nuw i8, ptr %2, i32 176
  store double %40, ptr %64, align 8
  %65 = getelementptr inbounds nuw i8, ptr %2, i32 184
  store double %41, ptr %65, align 8
  %66 = getelementptr inbounds nuw i8, ptr %2, i32 192
  store double %42, ptr %66, align 8
  %67 = getelementptr inbounds nuw i8, ptr %2, i32 200
  store double %43, ptr %67, align 8
  %68 = getelementptr inbounds nuw i8, ptr %2, i32 208
  store double %44, ptr %68, align 8
  %69 = getelementptr inbounds nuw i8, ptr %2, i32 216
  store double %45, ptr %69, align 8
  %70 = getelementptr inbounds nuw i8, ptr %2, i32 224
  store double %46, ptr %70, align 8
  %71 = getelementptr inbounds nuw i8, ptr %2, i32 232
  store double %47, ptr %71, align 8
  %72 = getelementptr inbounds nuw i8, ptr %2, i32 240
  store double %48, ptr %72, align 8
  %73 = getelementptr inbounds nuw i8, ptr %2, i32 248
  store double %49, ptr %73, align 8
  %74 = getelementptr inbounds nuw i8, ptr %2, i32 256
  store double %50, ptr %74, align 8
  %75 = getelementptr inbounds nuw i8, ptr %2, i32 264
  store double %51, ptr %75, align 8
  %76 = getelementptr inbounds nuw i8, ptr %2, i32 272
  store double %52, ptr %76, align 8
  %77 = getelementptr inbounds nuw i8, ptr %2, i32 280
  store double %53, ptr %77, align 8
  %78 = getelementptr inbounds nuw i8, ptr %2, i32 288
  store double %54, ptr %78, align 8
  %79 = getelementptr inbounds nuw i8, ptr %2, i32 296
  store double %55, ptr %79, align 8
  %80 = getelementptr inbounds nuw i8, ptr %2, i32 304
  store double %56, ptr %80, align 8
  %81 = getelementptr inbounds nuw i8, ptr %2, i32 312
  store double %57, ptr %81, align 8, !tbaa !17
  %82 = getelementptr inbounds nuw i8, ptr %2, i32 320
  store i32 %33, ptr %82, align 8, !tbaa !5
  %83 = getelementptr inbounds nuw i8, ptr %2, i32 324
  store i32 %29, ptr %83, align 4
  call void @sink(ptr noundef nonnull %2, i32 noundef 328) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  ret void
}

declare void @sink(ptr noundef, i32 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write)
define dso_local void @pair_swap(ptr dead_on_unwind noalias writable writeonly sret(%struct.pair) align 4 captures(none) initializes((0, 16)) %0, [4 x i32] %1) local_unnamed_addr #8 {
  %3 = extractvalue [4 x i32] %1, 0
  %4 = extractvalue [4 x i32] %1, 1
  %5 = extractvalue [4 x i32] %1, 2
  %6 = extractvalue [4 x i32] %1, 3
  store i32 %5, ptr %0, align 4, !tbaa !5
  %7 = getelementptr inbounds nuw i8, ptr %0, i32 4
  store i32 %6, ptr %7, align 4
  %8 = getelementptr inbounds nuw i8, ptr %0, i32 8
  store i32 %3, ptr %8, align 4, !tbaa !5
  %9 = getelementptr inbounds nuw i8, ptr %0, i32 12
  store i32 %4, ptr %9, align 4
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i32 @small_sum([2 x i32] %0) local_unnamed_addr #0 {
  %2 = extractvalue [2 x i32] %0, 0
  %3 = extractvalue [2 x i32] %0, 1
  %4 = shl i32 %3, 16
  %5 = ashr exact i32 %4, 16
  %6 = add nsw i32 %5, %2
  %7 = shl i32 %3, 8
  %8 = ashr i32 %7, 24
  %9 = add nsw i32 %6, %8
  ret i32 %9
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local i32 @pair_total(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #9 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %6, %2
  %5 = phi i32 [ 0, %2 ], [ %30, %6 ]
  ret i32 %5

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %31, %6 ], [ 0, %2 ]
  %8 = phi i32 [ %30, %6 ], [ 0, %2 ]
  %9 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %7
  %10 = load i32, ptr %9, align 4
  %11 = getelementptr inbounds nuw i8, ptr %9, i32 4
  %12 = load i32, ptr %11, align 4
  %13 = getelementptr inbounds nuw i8, ptr %9, i32 8
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds nuw i8, ptr %9, i32 12
  %16 = load i32, ptr %15, align 4
  %17 = shl i32 %16, 16
  %18 = ashr exact i32 %17, 16
  %19 = shl i32 %16, 8
  %20 = ashr i32 %19, 24
  %21 = shl i32 %12, 16
  %22 = ashr exact i32 %21, 16
  %23 = shl i32 %12, 8
  %24 = ashr i32 %23, 24
  %25 = add i32 %8, %14
  %26 = add i32 %10, %22
  %27 = add i32 %26, %24
  %28 = sub i32 %25, %27
  %29 = add i32 %28, %18
  %30 = add i32 %29, %20
  %31 = add nuw nsw i32 %7, 1
  %32 = icmp eq i32 %31, %1
  br i1 %32, label %4, label %6, !llvm.loop !18
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable writeonly sret(%struct.with_array) align 4 captures(none) initializes((0, 132)) %0, ptr noundef byval(%struct.with_array) align 4 captures(none) %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = load i32, ptr %1, align 4, !tbaa !5
  %5 = mul nsw i32 %4, %2
  store i32 %5, ptr %1, align 4, !tbaa !5
  %6 = getelementptr inbounds nuw i8, ptr %1, i32 4
  %7 = load i32, ptr %6, align 4, !tbaa !5
  %8 = mul nsw i32 %7, %2
  store i32 %8, ptr %6, align 4, !tbaa !5
  %9 = getelementptr inbounds nuw i8, ptr %1, i32 8
  %10 = load i32, ptr %9, align 4, !tbaa !5
  %11 = mul nsw i32 %10, %2
  store i32 %11, ptr %9, align 4, !tbaa !5
  %12 = getelementptr inbounds nuw i8, ptr %1, i32 12
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = mul nsw i32 %13, %2
  store i32 %14, ptr %12, align 4, !tbaa !5
  %15 = getelementptr inbounds nuw i8, ptr %1, i32 16
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = mul nsw i32 %16, %2
  store i32 %17, ptr %15, align 4, !tbaa !5
  %18 = getelementptr inbounds nuw i8, ptr %1, i32 20
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = mul nsw i32 %19, %2
  store i32 %20, ptr %18, align 4, !tbaa !5
  %21 = getelementptr inbounds nuw i8, ptr %1, i32 24
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = mul nsw i32 %22, %2
  store i32 %23, ptr %21, align 4, !tbaa !5
  %24 = getelementptr inbounds nuw i8, ptr %1, i32 28
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = mul nsw i32 %25, %2
  store i32 %26, ptr %24, align 4, !tbaa !5
  %27 = getelementptr inbounds nuw i8, ptr %1, i32 32
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = mul nsw i32 %28, %2
  store i32 %29, ptr %27, align 4, !tbaa !5
  %30 = getelementptr inbounds nuw i8, ptr %1, i32 36
  %31 = load i32, ptr %30, align 4, !tbaa !5
  %32 = mul nsw i32 %31, %2
  store i32 %32, ptr %30, align 4, !tbaa !5
  %33 = getelementptr inbounds nuw i8, ptr %1, i32 40
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = mul nsw i32 %34, %2
  store i32 %35, ptr %33, align 4, !tbaa !5
  %36 = getelementptr inbounds nuw i8, ptr %1, i32 44
  %37 = load i32, ptr %36, align 4, !tbaa !5
  %38 = mul nsw i32 %37, %2
  store i32 %38, ptr %36, align 4, !tbaa !5
  %39 = getelementptr inbounds nuw i8, ptr %1, i32 48
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = mul nsw i32 %40, %2
  store i32 %41, ptr %39, align 4, !tbaa !5
  %42 = getelementptr inbounds nuw i8, ptr %1, i32 52
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = mul nsw i32 %43, %2
  store i32 %44, ptr %42, align 4, !tbaa !5
  %45 = getelementptr inbounds nuw i8, ptr %1, i32 56
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = mul nsw i32 %46, %2
  store i32 %47, ptr %45, align 4, !tbaa !5
  %48 = getelementptr inbounds nuw i8, ptr %1, i32 60
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = mul nsw i32 %49, %2
  store i32 %50, ptr %48, align 4, !tbaa !5
  %51 = getelementptr inbounds nuw i8, ptr %1, i32 64
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = mul nsw i32 %52, %2
  store i32 %53, ptr %51, align 4, !tbaa !5
  %54 = getelementptr inbounds nuw i8, ptr %1, i32 68
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = mul nsw i32 %55, %2
  store i32 %56, ptr %54, align 4, !tbaa !5
  %57 = getelementptr inbounds nuw i8, ptr %1, i32 72
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = mul nsw i32 %58, %2
  store i32 %59, ptr %57, align 4, !tbaa !5
  %60 = getelementptr inbounds nuw i8, ptr %1, i32 76
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = mul nsw i32 %61, %2
  store i32 %62, ptr %60, align 4, !tbaa !5
  %63 = getelementptr inbounds nuw i8, ptr %1, i32 80
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = mul nsw i32 %64, %2
  store i32 %65, ptr %63, align 4, !tbaa !5
  %66 = getelementptr inbounds nuw i8, ptr %1, i32 84
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = mul nsw i32 %67, %2
  store i32 %68, ptr %66, align 4, !tbaa !5
  %69 = getelementptr inbounds nuw i8, ptr %1, i32 88
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = mul nsw i32 %70, %2
  store i32 %71, ptr %69, align 4, !tbaa !5
  %72 = getelementptr inbounds nuw i8, ptr %1, i32 92
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = mul nsw i32 %73, %2
  store i32 %74, ptr %72, align 4, !tbaa !5
  %75 = getelementptr inbounds nuw i8, ptr %1, i32 96
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = mul nsw i32 %76, %2
  store i32 %77, ptr %75, align 4, !tbaa !5
  %78 = getelementptr inbounds nuw i8, ptr %1, i32 100
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = mul nsw i32 %79, %2
  store i32 %80, ptr %78, align 4, !tbaa !5
  %81 = getelementptr inbounds nuw i8, ptr %1, i32 104
  %82 = load i32, ptr %81, align 4, !tbaa !5
  %83 = mul nsw i32 %82, %2
  store i32 %83, ptr %81, align 4, !tbaa !5
  %84 = getelementptr inbounds nuw i8, ptr %1, i32 108
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = mul nsw i32 %85, %2
  store i32 %86, ptr %84, align 4, !tbaa !5
  %87 = getelementptr inbounds nuw i8, ptr %1, i32 112
  %88 = load i32, ptr %87, align 4, !tbaa !5
  %89 = mul nsw i32 %88, %2
  store i32 %89, ptr %87, align 4, !tbaa !5
  %90 = getelementptr inbounds nuw i8, ptr %1, i32 116
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = mul nsw i32 %91, %2
  store i32 %92, ptr %90, align 4, !tbaa !5
  %93 = getelementptr inbounds nuw i8, ptr %1, i32 120
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = mul nsw i32 %94, %2
  store i32 %95, ptr %93, align 4, !tbaa !5
  %96 = getelementptr inbounds nuw i8, ptr %1, i32 124
  %97 = load i32, ptr %96, align 4, !tbaa !5
  %98 = mul nsw i32 %97, %2
  store i32 %98, ptr %96, align 4, !tbaa !5
  %99 = getelementptr inbounds nuw i8, ptr %1, i32 128
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = mul nsw i32 %100, %2
  store i32 %101, ptr %99, align 4, !tbaa !5
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 4 dereferenceable(132) %1, i32 132, i1 false), !tbaa.struct !20
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local void @array_copy_chain(ptr noundef captures(none) initializes((0, 132)) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = alloca %struct.with_array, align 4
  %5 = alloca %struct.with_array, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #10
  call void @array_by_value(ptr dead_on_unwind nonnull writable sret(%struct.with_array) align 4 %4, ptr noundef byval(%struct.with_array) align 4 %1, i32 noundef %2)
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 4 dereferenceable(132) %4, i32 132, i1 false), !tbaa.struct !20
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #10
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #10
  %6 = add nsw i32 %2, 1
  call void @array_by_value(ptr dead_on_unwind nonnull writable sret(%struct.with_array) align 4 %5, ptr noundef nonnull byval(%struct.with_array) align 4 %0, i32 noundef %6)
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 4 dereferenceable(132) %5, i32 132, i1 false), !tbaa.struct !20
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #10
  ret void
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #6 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #9 = { nofree norecurse nosync nounwind memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #10 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{i32 8, !"PIC Level", i32 2}
!3 = !{i32 7, !"PIE Level", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !11, i64 0}
!10 = !{!"big", !11, i64 0, !7, i64 8, !7, i64 128, !6, i64 320}
!11 = !{!"long long", !7, i64 0}
!12 = !{!10, !6, i64 320}
!13 = !{!14, !14, i64 0}
!14 = !{!"double", !7, i64 0}
!15 = !{i64 0, i64 8, !16, i64 8, i64 120, !17, i64 128, i64 192, !17, i64 320, i64 4, !5}
!16 = !{!11, !11, i64 0}
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{i64 0, i64 132, !17}
