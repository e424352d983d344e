; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@message = internal unnamed_addr constant [61 x i8] c"the quick brown fox jumps over the lazy dog, again and again\00", align 16

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @my_strlen(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = tail call i64 @strlen(ptr nonnull dereferenceable(1) %0)
  ret i64 %2
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @zero_fill(ptr noundef writeonly captures(none) %0, i64 noundef %1) local_unnamed_addr #2 {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %5, label %4

4:                                                ; preds = %2
  tail call void @llvm.memset.p0.i64(ptr align 1 %0, i8 0, i64 %1, i1 false), !tbaa !9
  br label %5

5:                                                ; preds = %4, %2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @copy_bytes(ptr noalias noundef writeonly captures(none) %0, ptr noalias noundef readonly captures(none) %1, i64 noundef %2) local_unnamed_addr #3 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %0, ptr align 1 %1, i64 %2, i1 false), !tbaa !9
  br label %6

6:                                                ; preds = %5, %3
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local noalias nonnull ptr @concat(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #4 {
  %3 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %0) #15
  %4 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #15
  %5 = add i64 %4, 1
  %6 = add i64 %5, %3
  %7 = tail call ptr @malloc(i64 noundef %6) #16
  %8 = icmp eq ptr %7, null
  br i1 %8, label %9, label %10

9:                                                ; preds = %2
  tail call void @abort() #17
  unreachable

10:                                               ; preds = %2
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %7, ptr nonnull align 1 %0, i64 %3, i1 false)
  %11 = getelementptr inbounds nuw i8, ptr %7, i64 %3
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %11, ptr nonnull align 1 %1, i64 %5, i1 false)
  ret ptr %7
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

; Function Attrs: cold nofree noreturn nounwind
declare void @abort() local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 0, 2) i32 @starts_with(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #0 {
  %3 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #15
  %4 = tail call i32 @bcmp(ptr %0, ptr nonnull %1, i64 %3)
  %5 = icmp eq i32 %4, 0
  %6 = zext i1 %5 to i32
  ret i32 %6
}

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local void @reverse(ptr noundef captures(none) %0) local_unnamed_addr #9 {
  %2 = tail call i64 @strlen(ptr nonnull readonly dereferenceable(1) %0)
  %3 = lshr i64 %2, 1
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %21, label %5

5:                                                ; preds = %1
  %6 = getelementptr i8, ptr %0, i64 %2
  %7 = and i64 %3, 1
  %8 = icmp eq i64 %3, 1
  br i1 %8, label %13, label %9

9:                                                ; preds = %5
  %10 = and i64 %3, 9223372036854775806
  br label %22

11:                                               ; preds = %22
  %12 = icmp eq i64 %7, 0
  br i1 %12, label %21, label %13

13:                                               ; preds = %11, %5
  %14 = phi i64 [ 0, %5 ], [ %36, %11 ]
  %15 = icmp ne i64 %7, 0
  tail call void @llvm.assume(i1 %15)
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 %14
  %17 = load i8, ptr %16, align 1, !tbaa !9
  %18 = xor i64 %14, -1
  %19 = getelementptr i8, ptr %6, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !9
  store i8 %20, ptr %16, align 1, !tbaa !9
  store i8 %17, ptr %19, align 1, !tbaa !9
  br label %21

21:                                               ; preds = %13, %11, %1
  ret void

22:                                               ; preds = %22, %9
  %23 = phi i64 [ 0, %9 ], [ %36, %22 ]
  %24 = phi i64 [ 0, %9 ], [ %37, %22 ]
  %25 = getelementptr inbounds nuw i8, ptr %0, i64 %23
  %26 = load i8, ptr %25, align 1, !tbaa !9
  %27 = xor i64 %23, -1
  %28 = getelementptr i8, ptr %6, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !9
  store i8 %29, ptr %25, align 1, !tbaa !9
  store i8 %26, ptr %28, align 1, !tbaa !9
  %30 = getelementptr inbounds nuw i8, ptr %0, i64 %23
  %31 = getelementptr inbounds nuw i8, ptr %30, i64 1
  %32 = load i8, ptr %31, align 1, !tbaa !9
  %33 = xor i64 %23, -2
  %34 = getelementptr i8, ptr %6, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !9
  store i8 %35, ptr %31, align 1, !tbaa !9
  store i8 %32, ptr %34, align 1, !tbaa !9
  %36 = add nuw nsw i64 %23, 2
  %37 = add i64 %24, 2
  %38 = icmp eq i64 %37, %10
  br i1 %38, label %11, label %22, !llvm.loop !10
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @local_copy_of_literal(i32 noundef %0) local_unnamed_addr #4 {
  %2 = alloca [61 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #15
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(61) %2, ptr noundef nonnull align 16 dereferenceable(61) @message, i64 61, i1 false)
  %3 = srem i32 %0, 61
  %4 = sext i32 %3 to i64
  %5 = getelementptr inbounds i8, ptr %2, i64 %4
  store i8 33, ptr %5, align 1, !tbaa !9
  %6 = call i64 @strlen(ptr nonnull readonly dereferenceable(1) %2)
  %7 = lshr i64 %6, 1
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %42, label %9

9:                                                ; preds = %1
  %10 = getelementptr i8, ptr %2, i64 %6
  %11 = and i64 %7, 1
  %12 = icmp eq i64 %7, 1
  br i1 %12, label %34, label %13

13:                                               ; preds = %9
  %14 = and i64 %7, 9223372036854775806
  br label %15

15:                                               ; preds = %15, %13
  %16 = phi i64 [ 0, %13 ], [ %29, %15 ]
  %17 = phi i64 [ 0, %13 ], [ %30, %15 ]
  %18 = getelementptr inbounds nuw i8, ptr %2, i64 %16
  %19 = load i8, ptr %18, align 2, !tbaa !9
  %20 = xor i64 %16, -1
  %21 = getelementptr i8, ptr %10, i64 %20
  %22 = load i8, ptr %21, align 1, !tbaa !9
  store i8 %22, ptr %18, align 2, !tbaa !9
  store i8 %19, ptr %21, align 1, !tbaa !9
  %23 = getelementptr inbounds nuw i8, ptr %2, i64 %16
  %24 = getelementptr inbounds nuw i8, ptr %23, i64 1
  %25 = load i8, ptr %24, align 1, !tbaa !9
  %26 = xor i64 %16, -2
  %27 = getelementptr i8, ptr %10, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !9
  store i8 %28, ptr %24, align 1, !tbaa !9
  store i8 %25, ptr %27, align 1, !tbaa !9
  %29 = add nuw nsw i64 %16, 2
  %30 = add i64 %17, 2
  %31 = icmp eq i64 %30, %14
  br i1 %31, label %32, label %15, !llvm.loop !10

32:                                               ; preds = %15
  %33 = icmp eq i64 %11, 0
  br i1 %33, label %42, label %34

34:                                               ; preds = %32, %9
  %35 = phi i64 [ 0, %9 ], [ %29, %32 ]
  %36 = icmp ne i64 %11, 0
  tail call void @llvm.assume(i1 %36)
  %37 = getelementptr inbounds nuw i8, ptr %2, i64 %35
  %38 = load i8, ptr %37, align 1, !tbaa !9
  %39 = xor i64 %35, -1
  %40 = getelementptr i8, ptr %10, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !9
  store i8 %41, ptr %37, align 1, !tbaa !9
  store i8 %38, ptr %40, align 1, !tbaa !9
  br label %42

42:                                               ; preds = %34, %32, %1
  %43 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %2)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #15
  ret i32 %43
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr noundef readonly captures(none)) local_unnamed_addr #10

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @shift_left(ptr noundef captures(none) %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #3 {
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 %2
  %5 = sub i64 %1, %2
  tail call void @llvm.memmove.p0.p0.i64(ptr align 1 %0, ptr align 1 %4, i64 %5, i1 false)
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @count_words(ptr noundef readonly captures(none) %0) local_unnamed_addr #11 {
  br label %2

2:                                                ; preds = %9, %1
  %3 = phi i32 [ 0, %1 ], [ %13, %9 ]
  %4 = phi i1 [ false, %1 ], [ %10, %9 ]
  %5 = phi ptr [ %0, %1 ], [ %14, %9 ]
  %6 = xor i1 %4, true
  %7 = load i8, ptr %5, align 1, !tbaa !9
  switch i8 %7, label %8 [
    i8 0, label %15
    i8 32, label %9
    i8 10, label %9
    i8 9, label %9
  ]

8:                                                ; preds = %2
  br label %9

9:                                                ; preds = %2, %2, %2, %8
  %10 = phi i1 [ false, %2 ], [ false, %2 ], [ true, %8 ], [ false, %2 ]
  %11 = and i1 %10, %6
  %12 = zext i1 %11 to i32
  %13 = add nuw nsw i32 %3, %12
  %14 = getelementptr inbounds nuw i8, ptr %5, i64 1
  br label %2, !llvm.loop !12

15:                                               ; preds = %2
  ret i32 %3
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr captures(none), ptr captures(none), i64) local_unnamed_addr #12

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #13

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #14

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { cold nofree noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { nofree norecurse nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nocallback nofree nounwind willreturn memory(argmem: read) }
attributes #13 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #14 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #15 = { nounwind }
attributes #16 = { allocsize(0) }
attributes #17 = { noreturn nounwind }

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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
