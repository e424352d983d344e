; ModuleID = 'big_use.cpp'
source_filename = "big_use.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Big = type { [2048 x i8] }

; Function Attrs: mustprogress nounwind uwtable
define dso_local range(i64 0, 256) i64 @use_big(i64 noundef %0) local_unnamed_addr #0 !type !9 {
  %2 = alloca %struct.Big, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  call void @_ZN3BigC1Ev(ptr noundef nonnull align 1 dereferenceable(2048) %2) #4
  %3 = trunc i64 %0 to i8
  store i8 %3, ptr %2, align 4, !tbaa !10
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 1
  %5 = load i8, ptr %4, align 1, !tbaa !10
  %6 = zext i8 %5 to i64
  call void @_ZN3BigD1Ev(ptr noundef nonnull align 1 dereferenceable(2048) %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret i64 %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !type !11 void @_ZN3BigC1Ev(ptr noundef nonnull align 1 dereferenceable(2048)) unnamed_addr #2

; Function Attrs: nounwind
declare !type !11 void @_ZN3BigD1Ev(ptr noundef nonnull align 1 dereferenceable(2048)) unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef i64 @use_shape(i64 noundef %0) local_unnamed_addr #0 !type !9 {
  %2 = tail call noundef ptr @_Z10make_shapel(i64 noundef %0) #4
  %3 = load ptr, ptr %2, align 8, !tbaa !12
  %4 = load ptr, ptr %3, align 8
  %5 = tail call noundef i64 %4(ptr noundef nonnull align 8 dereferenceable(8) %2, i64 noundef %0) #4, !callee_type !14
  ret i64 %5
}

declare !type !16 noundef ptr @_Z10make_shapel(i64 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 4}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{i64 0, !"_ZTSFllE.generalized"}
!10 = !{!7, !7, i64 0}
!11 = !{i64 0, !"_ZTSFvvE.generalized"}
!12 = !{!13, !13, i64 0}
!13 = !{!"vtable pointer", !8, i64 0}
!14 = !{!15}
!15 = !{i64 0, !"_ZTSKFllE.generalized"}
!16 = !{i64 0, !"_ZTSFP5ShapelE.generalized"}
