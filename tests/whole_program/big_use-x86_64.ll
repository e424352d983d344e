; ModuleID = 'big_use.cpp'
source_filename = "big_use.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Big = type { [2048 x i8] }

; Function Attrs: mustprogress nounwind uwtable
define dso_local range(i64 -128, 128) i64 @use_big(i64 noundef %0) local_unnamed_addr #0 !type !8 {
  %2 = alloca %struct.Big, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  call void @_ZN3BigC1Ev(ptr noundef nonnull align 1 dereferenceable(2048) %2) #4
  %3 = trunc i64 %0 to i8
  store i8 %3, ptr %2, align 1, !tbaa !9
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 1
  %5 = load i8, ptr %4, align 1, !tbaa !9
  %6 = sext i8 %5 to i64
  call void @_ZN3BigD1Ev(ptr noundef nonnull align 1 dereferenceable(2048) %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret i64 %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !type !10 void @_ZN3BigC1Ev(ptr noundef nonnull align 1 dereferenceable(2048)) unnamed_addr #2

; Function Attrs: nounwind
declare !type !10 void @_ZN3BigD1Ev(ptr noundef nonnull align 1 dereferenceable(2048)) unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef i64 @use_shape(i64 noundef %0) local_unnamed_addr #0 !type !8 {
  %2 = tail call noundef ptr @_Z10make_shapel(i64 noundef %0) #4
  %3 = load ptr, ptr %2, align 8, !tbaa !11
  %4 = load ptr, ptr %3, align 8
  %5 = tail call noundef i64 %4(ptr noundef nonnull align 8 dereferenceable(8) %2, i64 noundef %0) #4, !callee_type !13
  ret i64 %5
}

declare !type !15 noundef ptr @_Z10make_shapel(i64 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!8 = !{i64 0, !"_ZTSFllE.generalized"}
!9 = !{!6, !6, i64 0}
!10 = !{i64 0, !"_ZTSFvvE.generalized"}
!11 = !{!12, !12, i64 0}
!12 = !{!"vtable pointer", !7, i64 0}
!13 = !{!14}
!14 = !{i64 0, !"_ZTSKFllE.generalized"}
!15 = !{i64 0, !"_ZTSFP5ShapelE.generalized"}
