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
@global_ptr = dso_local global ptr @global_big, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @vec3_add(ptr dead_on_unwind noalias writable sret(%struct.vec3) align 8 %0, ptr noundef byval(%struct.vec3) align 8 %1, ptr noundef byval(%struct.vec3) align 8 %2) #0 {
  %4 = getelementptr inbounds nuw %struct.vec3, ptr %0, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.vec3, ptr %1, i32 0, i32 0
  %6 = load double, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.vec3, ptr %2, i32 0, i32 0
  %8 = load double, ptr %7, align 8
  %9 = fadd double %6, %8
  store double %9, ptr %4, align 8
  %10 = getelementptr inbounds nuw %struct.vec3, ptr %0, i32 0, i32 1
  %11 = getelementptr inbounds nuw %struct.vec3, ptr %1, i32 0, i32 1
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.vec3, ptr %2, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = fadd double %12, %14
  store double %15, ptr %10, align 8
  %16 = getelementptr inbounds nuw %struct.vec3, ptr %0, i32 0, i32 2
  %17 = getelementptr inbounds nuw %struct.vec3, ptr %1, i32 0, i32 2
  %18 = load double, ptr %17, align 8
  %19 = getelementptr inbounds nuw %struct.vec3, ptr %2, i32 0, i32 2
  %20 = load double, ptr %19, align 8
  %21 = fadd double %18, %20
  store double %21, ptr %16, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @vec3_dot(ptr noundef byval(%struct.vec3) align 8 %0, ptr noundef byval(%struct.vec3) align 8 %1) #0 {
  %3 = getelementptr inbounds nuw %struct.vec3, ptr %0, i32 0, i32 0
  %4 = load double, ptr %3, align 8
  %5 = getelementptr inbounds nuw %struct.vec3, ptr %1, i32 0, i32 0
  %6 = load double, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.vec3, ptr %0, i32 0, i32 1
  %8 = load double, ptr %7, align 8
  %9 = getelementptr inbounds nuw %struct.vec3, ptr %1, i32 0, i32 1
  %10 = load double, ptr %9, align 8
  %11 = fmul double %8, %10
  %12 = call double @llvm.fmuladd.f64(double %4, double %6, double %11)
  %13 = getelementptr inbounds nuw %struct.vec3, ptr %0, i32 0, i32 2
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.vec3, ptr %1, i32 0, i32 2
  %16 = load double, ptr %15, align 8
  %17 = call double @llvm.fmuladd.f64(double %14, double %16, double %12)
  ret double %17
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_update(ptr dead_on_unwind noalias writable sret(%struct.big) align 8 %0, ptr noundef byval(%struct.big) align 8 %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca %struct.vec3, align 8
  store i64 %2, ptr %4, align 8
  %7 = load i64, ptr %4, align 8
  %8 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 0
  store i64 %7, ptr %8, align 8
  %9 = load i64, ptr %4, align 8
  %10 = and i64 %9, 31
  %11 = trunc i64 %10 to i32
  %12 = shl i32 1, %11
  %13 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 3
  %14 = load i32, ptr %13, align 8
  %15 = or i32 %14, %12
  store i32 %15, ptr %13, align 8
  store i32 0, ptr %5, align 4
  br label %16

16:                                               ; preds = %34, %3
  %17 = load i32, ptr %5, align 4
  %18 = icmp slt i32 %17, 8
  br i1 %18, label %19, label %37

19:                                               ; preds = %16
  %20 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 2
  %21 = load i32, ptr %5, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [8 x %struct.vec3], ptr %20, i64 0, i64 %22
  %24 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 2
  %25 = load i32, ptr %5, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [8 x %struct.vec3], ptr %24, i64 0, i64 %26
  %28 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 2
  %29 = load i32, ptr %5, align 4
  %30 = add nsw i32 %29, 1
  %31 = and i32 %30, 7
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [8 x %struct.vec3], ptr %28, i64 0, i64 %32
  call void @vec3_add(ptr dead_on_unwind writable sret(%struct.vec3) align 8 %6, ptr noundef byval(%struct.vec3) align 8 %27, ptr noundef byval(%struct.vec3) align 8 %33)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %23, ptr align 8 %6, i64 24, i1 false)
  br label %34

34:                                               ; preds = %19
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %16, !llvm.loop !6

37:                                               ; preds = %16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 328, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_store(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 @global_big, ptr align 8 %3, i64 328, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_roundtrip(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca %struct.big, align 8
  %4 = alloca %struct.big, align 8
  store i64 %0, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @global_big, i64 328, i1 false)
  %5 = load i64, ptr %2, align 8
  call void @big_update(ptr dead_on_unwind writable sret(%struct.big) align 8 %4, ptr noundef byval(%struct.big) align 8 %3, i64 noundef %5)
  call void @sink(ptr noundef %4, i64 noundef 328)
  ret void
}

declare void @sink(ptr noundef, i64 noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @pair_swap(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.pair, align 4
  %4 = alloca %struct.pair, align 4
  %5 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0
  store i64 %0, ptr %5, align 4
  %6 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1
  store i64 %1, ptr %6, align 4
  %7 = getelementptr inbounds nuw %struct.pair, ptr %3, i32 0, i32 0
  %8 = getelementptr inbounds nuw %struct.pair, ptr %4, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 %8, i64 8, i1 false)
  %9 = getelementptr inbounds nuw %struct.pair, ptr %3, i32 0, i32 1
  %10 = getelementptr inbounds nuw %struct.pair, ptr %4, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 %10, i64 8, i1 false)
  %11 = load { i64, i64 }, ptr %3, align 4
  ret { i64, i64 } %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @small_sum(i64 %0) #0 {
  %2 = alloca %struct.small, align 4
  store i64 %0, ptr %2, align 4
  %3 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 0
  %4 = load i32, ptr %3, align 4
  %5 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 1
  %6 = load i16, ptr %5, align 4
  %7 = sext i16 %6 to i32
  %8 = add nsw i32 %4, %7
  %9 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 2
  %10 = load i8, ptr %9, align 2
  %11 = sext i8 %10 to i32
  %12 = add nsw i32 %8, %11
  ret i32 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @pair_total(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.pair, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %35, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %38

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds %struct.pair, ptr %13, i64 %15
  %17 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 0
  %18 = load i64, ptr %17, align 4
  %19 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 1
  %20 = load i64, ptr %19, align 4
  %21 = call { i64, i64 } @pair_swap(i64 %18, i64 %20)
  %22 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  %23 = extractvalue { i64, i64 } %21, 0
  store i64 %23, ptr %22, align 4
  %24 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  %25 = extractvalue { i64, i64 } %21, 1
  store i64 %25, ptr %24, align 4
  %26 = getelementptr inbounds nuw %struct.pair, ptr %7, i32 0, i32 0
  %27 = load i64, ptr %26, align 4
  %28 = call i32 @small_sum(i64 %27)
  %29 = getelementptr inbounds nuw %struct.pair, ptr %7, i32 0, i32 1
  %30 = load i64, ptr %29, align 4
  %31 = call i32 @small_sum(i64 %30)
  %32 = sub nsw i32 %28, %31
  %33 = load i32, ptr %5, align 4
  %34 = add nsw i32 %33, %32
  store i32 %34, ptr %5, align 4
  br label %35

35:                                               ; preds = %12
  %36 = load i32, ptr %6, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %6, align 4
  br label %8, !llvm.loop !8

38:                                               ; preds = %8
  %39 = load i32, ptr %5, align 4
  ret i32 %39
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable sret(%struct.with_array) align 4 %0, ptr noundef byval(%struct.with_array) align 8 %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %2, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %17, %3
  %7 = load i32, ptr %5, align 4
  %8 = icmp slt i32 %7, 33
  br i1 %8, label %9, label %20

9:                                                ; preds = %6
  %10 = load i32, ptr %4, align 4
  %11 = getelementptr inbounds nuw %struct.with_array, ptr %1, i32 0, i32 0
  %12 = load i32, ptr %5, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [33 x i32], ptr %11, i64 0, i64 %13
  %15 = load i32, ptr %14, align 4
  %16 = mul nsw i32 %15, %10
  store i32 %16, ptr %14, align 4
  br label %17

17:                                               ; preds = %9
  %18 = load i32, ptr %5, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %5, align 4
  br label %6, !llvm.loop !9

20:                                               ; preds = %6
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %0, ptr align 8 %1, i64 132, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @array_copy_chain(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.with_array, align 4
  %8 = alloca %struct.with_array, align 8
  %9 = alloca %struct.with_array, align 4
  %10 = alloca %struct.with_array, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %11 = load ptr, ptr %4, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = load i32, ptr %6, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 4 %12, i64 132, i1 false)
  call void @array_by_value(ptr dead_on_unwind writable sret(%struct.with_array) align 4 %7, ptr noundef byval(%struct.with_array) align 8 %8, i32 noundef %13)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %11, ptr align 4 %7, i64 132, i1 false)
  %14 = load ptr, ptr %4, align 8
  %15 = load ptr, ptr %4, align 8
  %16 = load i32, ptr %6, align 4
  %17 = add nsw i32 %16, 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 4 %15, i64 132, i1 false)
  call void @array_by_value(ptr dead_on_unwind writable sret(%struct.with_array) align 4 %9, ptr noundef byval(%struct.with_array) align 8 %10, i32 noundef %17)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %14, ptr align 4 %9, i64 132, i1 false)
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
