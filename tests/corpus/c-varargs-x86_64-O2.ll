; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.tagged = type { i32, %union.anon }
%union.anon = type { i64 }

@.str = private unnamed_addr constant [4 x i8] c"ids\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"%d %f %s %ld\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"y\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"%s %d %d %d %d %d %d %d %d %f %f\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @sum_ints(i32 noundef %0, ...) local_unnamed_addr #0 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %32

4:                                                ; preds = %1
  %5 = load i32, ptr %2, align 16
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load ptr, ptr %6, align 8
  %10 = and i32 %0, 1
  %11 = icmp eq i32 %0, 1
  br i1 %11, label %16, label %12

12:                                               ; preds = %4
  %13 = and i32 %0, 2147483646
  br label %34

14:                                               ; preds = %59
  %15 = icmp eq i32 %10, 0
  br i1 %15, label %32, label %16

16:                                               ; preds = %14, %4
  %17 = phi ptr [ %9, %4 ], [ %60, %14 ]
  %18 = phi i32 [ 0, %4 ], [ %64, %14 ]
  %19 = phi i32 [ %5, %4 ], [ %61, %14 ]
  %20 = icmp ne i32 %10, 0
  call void @llvm.assume(i1 %20)
  %21 = icmp ult i32 %19, 41
  br i1 %21, label %24, label %22

22:                                               ; preds = %16
  %23 = getelementptr i8, ptr %17, i64 8
  store ptr %23, ptr %6, align 8
  br label %28

24:                                               ; preds = %16
  %25 = zext nneg i32 %19 to i64
  %26 = getelementptr i8, ptr %8, i64 %25
  %27 = add nuw nsw i32 %19, 8
  store i32 %27, ptr %2, align 16
  br label %28

28:                                               ; preds = %24, %22
  %29 = phi ptr [ %26, %24 ], [ %17, %22 ]
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = add nsw i32 %30, %18
  br label %32

32:                                               ; preds = %28, %14, %1
  %33 = phi i32 [ 0, %1 ], [ %64, %14 ], [ %31, %28 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  ret i32 %33

34:                                               ; preds = %59, %12
  %35 = phi ptr [ %9, %12 ], [ %60, %59 ]
  %36 = phi i32 [ 0, %12 ], [ %64, %59 ]
  %37 = phi i32 [ %5, %12 ], [ %61, %59 ]
  %38 = phi i32 [ 0, %12 ], [ %65, %59 ]
  %39 = icmp ult i32 %37, 41
  br i1 %39, label %40, label %44

40:                                               ; preds = %34
  %41 = zext nneg i32 %37 to i64
  %42 = getelementptr i8, ptr %8, i64 %41
  %43 = add nuw nsw i32 %37, 8
  store i32 %43, ptr %2, align 16
  br label %46

44:                                               ; preds = %34
  %45 = getelementptr i8, ptr %35, i64 8
  store ptr %45, ptr %6, align 8
  br label %46

46:                                               ; preds = %44, %40
  %47 = phi ptr [ %35, %40 ], [ %45, %44 ]
  %48 = phi i32 [ %43, %40 ], [ %37, %44 ]
  %49 = phi ptr [ %42, %40 ], [ %35, %44 ]
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add nsw i32 %50, %36
  %52 = icmp ult i32 %48, 41
  br i1 %52, label %55, label %53

53:                                               ; preds = %46
  %54 = getelementptr i8, ptr %47, i64 8
  store ptr %54, ptr %6, align 8
  br label %59

55:                                               ; preds = %46
  %56 = zext nneg i32 %48 to i64
  %57 = getelementptr i8, ptr %8, i64 %56
  %58 = add nuw nsw i32 %48, 8
  store i32 %58, ptr %2, align 16
  br label %59

59:                                               ; preds = %55, %53
  %60 = phi ptr [ %47, %55 ], [ %54, %53 ]
  %61 = phi i32 [ %58, %55 ], [ %48, %53 ]
  %62 = phi ptr [ %57, %55 ], [ %47, %53 ]
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = add nsw i32 %63, %51
  %65 = add i32 %38, 2
  %66 = icmp eq i32 %65, %13
  br i1 %66, label %14, label %34, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #2

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local double @mean_doubles(i32 noundef %0, ...) local_unnamed_addr #0 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %33

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load i32, ptr %5, align 4
  %10 = load ptr, ptr %6, align 8
  %11 = and i32 %0, 1
  %12 = icmp eq i32 %0, 1
  br i1 %12, label %17, label %13

13:                                               ; preds = %4
  %14 = and i32 %0, 2147483646
  br label %39

15:                                               ; preds = %64
  %16 = icmp eq i32 %11, 0
  br i1 %16, label %33, label %17

17:                                               ; preds = %15, %4
  %18 = phi ptr [ %10, %4 ], [ %65, %15 ]
  %19 = phi i32 [ %9, %4 ], [ %66, %15 ]
  %20 = phi double [ 0.000000e+00, %4 ], [ %69, %15 ]
  %21 = icmp ne i32 %11, 0
  call void @llvm.assume(i1 %21)
  %22 = icmp ult i32 %19, 161
  br i1 %22, label %25, label %23

23:                                               ; preds = %17
  %24 = getelementptr i8, ptr %18, i64 8
  store ptr %24, ptr %6, align 8
  br label %29

25:                                               ; preds = %17
  %26 = zext nneg i32 %19 to i64
  %27 = getelementptr i8, ptr %8, i64 %26
  %28 = add nuw nsw i32 %19, 16
  store i32 %28, ptr %5, align 4
  br label %29

29:                                               ; preds = %25, %23
  %30 = phi ptr [ %27, %25 ], [ %18, %23 ]
  %31 = load double, ptr %30, align 8, !tbaa !11
  %32 = fadd double %20, %31
  br label %33

33:                                               ; preds = %29, %15, %1
  %34 = phi double [ 0.000000e+00, %1 ], [ %69, %15 ], [ %32, %29 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  %35 = icmp eq i32 %0, 0
  %36 = sitofp i32 %0 to double
  %37 = fdiv double %34, %36
  %38 = select i1 %35, double 0.000000e+00, double %37
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  ret double %38

39:                                               ; preds = %64, %13
  %40 = phi ptr [ %10, %13 ], [ %65, %64 ]
  %41 = phi i32 [ %9, %13 ], [ %66, %64 ]
  %42 = phi double [ 0.000000e+00, %13 ], [ %69, %64 ]
  %43 = phi i32 [ 0, %13 ], [ %70, %64 ]
  %44 = icmp ult i32 %41, 161
  br i1 %44, label %45, label %49

45:                                               ; preds = %39
  %46 = zext nneg i32 %41 to i64
  %47 = getelementptr i8, ptr %8, i64 %46
  %48 = add nuw nsw i32 %41, 16
  store i32 %48, ptr %5, align 4
  br label %51

49:                                               ; preds = %39
  %50 = getelementptr i8, ptr %40, i64 8
  store ptr %50, ptr %6, align 8
  br label %51

51:                                               ; preds = %49, %45
  %52 = phi ptr [ %40, %45 ], [ %50, %49 ]
  %53 = phi i32 [ %48, %45 ], [ %41, %49 ]
  %54 = phi ptr [ %47, %45 ], [ %40, %49 ]
  %55 = load double, ptr %54, align 8, !tbaa !11
  %56 = fadd double %42, %55
  %57 = icmp ult i32 %53, 161
  br i1 %57, label %60, label %58

58:                                               ; preds = %51
  %59 = getelementptr i8, ptr %52, i64 8
  store ptr %59, ptr %6, align 8
  br label %64

60:                                               ; preds = %51
  %61 = zext nneg i32 %53 to i64
  %62 = getelementptr i8, ptr %8, i64 %61
  %63 = add nuw nsw i32 %53, 16
  store i32 %63, ptr %5, align 4
  br label %64

64:                                               ; preds = %60, %58
  %65 = phi ptr [ %52, %60 ], [ %59, %58 ]
  %66 = phi i32 [ %63, %60 ], [ %53, %58 ]
  %67 = phi ptr [ %62, %60 ], [ %52, %58 ]
  %68 = load double, ptr %67, align 8, !tbaa !11
  %69 = fadd double %56, %68
  %70 = add i32 %43, 2
  %71 = icmp eq i32 %70, %14
  br i1 %71, label %15, label %39, !llvm.loop !13
}

; Function Attrs: nofree norecurse nounwind uwtable
define dso_local i32 @count_then_collect(ptr noundef writeonly captures(none) %0, i32 noundef %1, ptr noundef readonly captures(none) %2, ...) local_unnamed_addr #3 {
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  %5 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #9
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #9
  call void @llvm.va_start.p0(ptr nonnull %4)
  call void @llvm.va_copy.p0(ptr nonnull %5, ptr nonnull %4)
  %6 = load i8, ptr %2, align 1, !tbaa !14
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %13, label %8

8:                                                ; preds = %3
  %9 = getelementptr i8, ptr %2, i64 1
  %10 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %9)
  %11 = trunc i64 %10 to i32
  %12 = add i32 %11, 1
  br label %13

13:                                               ; preds = %8, %3
  %14 = phi i32 [ 0, %3 ], [ %12, %8 ]
  %15 = call i32 @llvm.smin.i32(i32 %14, i32 %1)
  %16 = icmp sgt i32 %15, 0
  br i1 %16, label %17, label %26

17:                                               ; preds = %13
  %18 = load i32, ptr %5, align 16
  %19 = getelementptr inbounds nuw i8, ptr %5, i64 4
  %20 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %21 = getelementptr inbounds nuw i8, ptr %5, i64 16
  %22 = load ptr, ptr %21, align 16
  %23 = load i32, ptr %19, align 4
  %24 = load ptr, ptr %20, align 8
  %25 = zext nneg i32 %15 to i64
  br label %27

26:                                               ; preds = %79, %13
  call void @llvm.va_end.p0(ptr nonnull %5)
  call void @llvm.va_end.p0(ptr nonnull %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #9
  ret i32 %15

27:                                               ; preds = %17, %79
  %28 = phi i64 [ 0, %17 ], [ %83, %79 ]
  %29 = phi ptr [ %24, %17 ], [ %80, %79 ]
  %30 = phi i32 [ %23, %17 ], [ %81, %79 ]
  %31 = phi i32 [ %18, %17 ], [ %82, %79 ]
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 %28
  %33 = load i8, ptr %32, align 1, !tbaa !14
  %34 = sext i8 %33 to i32
  %35 = getelementptr inbounds nuw %struct.tagged, ptr %0, i64 %28
  store i32 %34, ptr %35, align 8, !tbaa !15
  %36 = load i8, ptr %32, align 1, !tbaa !14
  switch i8 %36, label %65 [
    i8 105, label %37
    i8 100, label %51
  ]

37:                                               ; preds = %27
  %38 = icmp ult i32 %31, 41
  br i1 %38, label %39, label %43

39:                                               ; preds = %37
  %40 = zext nneg i32 %31 to i64
  %41 = getelementptr i8, ptr %22, i64 %40
  %42 = add nuw nsw i32 %31, 8
  store i32 %42, ptr %5, align 16
  br label %45

43:                                               ; preds = %37
  %44 = getelementptr i8, ptr %29, i64 8
  store ptr %44, ptr %20, align 8
  br label %45

45:                                               ; preds = %43, %39
  %46 = phi ptr [ %29, %39 ], [ %44, %43 ]
  %47 = phi i32 [ %42, %39 ], [ %31, %43 ]
  %48 = phi ptr [ %41, %39 ], [ %29, %43 ]
  %49 = load i64, ptr %48, align 8, !tbaa !17
  %50 = getelementptr inbounds nuw i8, ptr %35, i64 8
  store i64 %49, ptr %50, align 8, !tbaa !14
  br label %79

51:                                               ; preds = %27
  %52 = icmp ult i32 %30, 161
  br i1 %52, label %53, label %57

53:                                               ; preds = %51
  %54 = zext nneg i32 %30 to i64
  %55 = getelementptr i8, ptr %22, i64 %54
  %56 = add nuw nsw i32 %30, 16
  store i32 %56, ptr %19, align 4
  br label %59

57:                                               ; preds = %51
  %58 = getelementptr i8, ptr %29, i64 8
  store ptr %58, ptr %20, align 8
  br label %59

59:                                               ; preds = %57, %53
  %60 = phi ptr [ %29, %53 ], [ %58, %57 ]
  %61 = phi i32 [ %56, %53 ], [ %30, %57 ]
  %62 = phi ptr [ %55, %53 ], [ %29, %57 ]
  %63 = load double, ptr %62, align 8, !tbaa !11
  %64 = getelementptr inbounds nuw i8, ptr %35, i64 8
  store double %63, ptr %64, align 8, !tbaa !14
  br label %79

65:                                               ; preds = %27
  %66 = icmp ult i32 %31, 41
  br i1 %66, label %67, label %71

67:                                               ; preds = %65
  %68 = zext nneg i32 %31 to i64
  %69 = getelementptr i8, ptr %22, i64 %68
  %70 = add nuw nsw i32 %31, 8
  store i32 %70, ptr %5, align 16
  br label %73

71:                                               ; preds = %65
  %72 = getelementptr i8, ptr %29, i64 8
  store ptr %72, ptr %20, align 8
  br label %73

73:                                               ; preds = %71, %67
  %74 = phi ptr [ %29, %67 ], [ %72, %71 ]
  %75 = phi i32 [ %70, %67 ], [ %31, %71 ]
  %76 = phi ptr [ %69, %67 ], [ %29, %71 ]
  %77 = load ptr, ptr %76, align 8, !tbaa !19
  %78 = getelementptr inbounds nuw i8, ptr %35, i64 8
  store ptr %77, ptr %78, align 8, !tbaa !14
  br label %79

79:                                               ; preds = %45, %59, %73
  %80 = phi ptr [ %46, %45 ], [ %60, %59 ], [ %74, %73 ]
  %81 = phi i32 [ %30, %45 ], [ %61, %59 ], [ %30, %73 ]
  %82 = phi i32 [ %47, %45 ], [ %31, %59 ], [ %75, %73 ]
  %83 = add nuw nsw i64 %28, 1
  %84 = icmp eq i64 %83, %25
  br i1 %84, label %26, label %27, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @format_into(ptr noundef captures(none) %0, i64 noundef %1, ptr noundef readonly captures(none) %2, ...) local_unnamed_addr #4 {
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #9
  call void @llvm.va_start.p0(ptr nonnull %4)
  %5 = call i32 @vsnprintf(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef nonnull %4) #9
  call void @llvm.va_end.p0(ptr nonnull %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #9
  ret i32 %5
}

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(ptr noundef captures(none), i64 noundef, ptr noundef readonly captures(none), ptr noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @call_varargs() local_unnamed_addr #4 {
  %1 = alloca [64 x i8], align 16
  %2 = alloca [4 x %struct.tagged], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  %3 = tail call i32 (i32, ...) @sum_ints(i32 noundef 10, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10)
  %4 = tail call double (i32, ...) @mean_doubles(i32 noundef 9, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00)
  %5 = call i32 (ptr, i32, ptr, ...) @count_then_collect(ptr noundef nonnull %2, i32 noundef 4, ptr noundef nonnull @.str, i64 noundef 42, double noundef 3.250000e+00, ptr noundef nonnull @.str.1)
  %6 = sext i32 %5 to i64
  %7 = call i32 (ptr, i64, ptr, ...) @format_into(ptr noundef nonnull %1, i64 noundef 64, ptr noundef nonnull @.str.2, i32 noundef %3, double noundef %4, ptr noundef nonnull @.str.3, i64 noundef %6)
  %8 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull %1, i32 noundef %3, i32 noundef %5, i32 noundef %7, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, double noundef %4, double noundef 2.500000e+00)
  %9 = add nsw i32 %5, %3
  %10 = add nsw i32 %9, %7
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 %10
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr captures(none)) local_unnamed_addr #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #8

attributes #0 = { nofree norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #3 = { nofree norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: read) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #9 = { nounwind }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = !{!7, !7, i64 0}
!15 = !{!16, !6, i64 0}
!16 = !{!"tagged", !6, i64 0, !7, i64 8}
!17 = !{!18, !18, i64 0}
!18 = !{!"long", !7, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 omnipotent char", !21, i64 0}
!21 = !{!"any pointer", !7, i64 0}
!22 = distinct !{!22, !10}
